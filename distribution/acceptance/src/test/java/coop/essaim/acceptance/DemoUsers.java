package coop.essaim.acceptance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a demo user's password from what {@code essaim demo} printed, as a person reading the console would. */
final class DemoUsers {

    private DemoUsers() {
    }

    static String password(RunningEssaim essaim, String login) {
        Matcher m = Pattern.compile("^\\s+[\\w-]+:\\s+" + Pattern.quote(login) + "\\s+/\\s+(\\S+)\\s*$", Pattern.MULTILINE)
                .matcher(essaim.outputText());
        if (!m.find()) {
            throw new AssertionError("essaim demo printed no login '" + login + "':\n" + essaim.outputText());
        }
        return m.group(1);
    }
}
