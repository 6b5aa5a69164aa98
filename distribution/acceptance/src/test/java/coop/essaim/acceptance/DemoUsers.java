package coop.essaim.acceptance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the demo users from what {@code essaim demo} printed, as a person reading the console would. */
final class DemoUsers {

    /** One printed line: {@code role: login / password}. */
    record DemoLogin(String role, String login, String password) {
    }

    private static final Pattern LOGIN_LINE = Pattern.compile("^\\s+([\\w-]+):\\s+(\\S+)\\s+/\\s+(\\S+)\\s*$");

    private DemoUsers() {
    }

    static String password(RunningEssaim essaim, String login) {
        return all(essaim).stream().filter(l -> l.login().equals(login)).findFirst()
                .map(DemoLogin::password)
                .orElseThrow(() -> new AssertionError("essaim demo printed no login '" + login + "':\n"
                        + essaim.outputText()));
    }

    /** Every login the running demo printed, once it has printed them all. */
    static List<DemoLogin> all(RunningEssaim essaim) {
        essaim.awaitLine("stop with Ctrl-C", Duration.ofSeconds(30));
        return all(essaim.outputText());
    }

    /** Every login printed under "demo logins", in the printed order. */
    static List<DemoLogin> all(String output) {
        List<DemoLogin> out = new ArrayList<>();
        boolean inDemo = false;
        for (String line : output.split("\n")) {
            if (line.contains("demo logins")) {
                inDemo = true;
                continue;
            }
            Matcher m = LOGIN_LINE.matcher(line);
            if (inDemo && m.matches()) {
                out.add(new DemoLogin(m.group(1), m.group(2), m.group(3)));
            }
        }
        return out;
    }
}
