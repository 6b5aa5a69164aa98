package coop.essaim.kernel.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one {@code essaim ledger} subcommand: options {@code --name value} among {@code allowed},
 * and positional arguments. A bad argument is an {@link IllegalArgumentException} whose message names it.
 */
final class CliArguments {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> flags = new LinkedHashMap<>();

    private CliArguments() {
    }

    static CliArguments parse(List<String> args, Set<String> allowed, CliMessages m) {
        return parse(args, allowed, Set.of(), m);
    }

    /** {@code flags} are options without a value ({@code --replace}). */
    static CliArguments parse(List<String> args, Set<String> allowed, Set<String> flags, CliMessages m) {
        CliArguments a = new CliArguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (flags.contains(arg)) {
                if (a.flags.put(arg, "") != null) {
                    throw new IllegalArgumentException(m.text("cli.option.twice", arg));
                }
            } else if (arg.startsWith("--")) {
                if (!allowed.contains(arg)) {
                    Set<String> known = new java.util.TreeSet<>(allowed);
                    known.addAll(flags);
                    throw new IllegalArgumentException(m.text("cli.option.unknown", arg, String.join(", ", known)));
                }
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new IllegalArgumentException(m.text("cli.option.value", arg));
                }
                if (a.options.put(arg, args.get(++i)) != null) {
                    throw new IllegalArgumentException(m.text("cli.option.twice", arg));
                }
            } else {
                a.positional.add(arg);
            }
        }
        return a;
    }

    String option(String name) {
        return options.get(name);
    }

    boolean flag(String name) {
        return flags.containsKey(name);
    }

    List<String> positional() {
        return positional;
    }

    long cooperative(CliMessages m) {
        String v = options.get("--coop");
        if (v == null) {
            throw new IllegalArgumentException(m.text("cli.coop.missing"));
        }
        try {
            long id = Long.parseLong(v);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException(m.text("cli.coop.invalid", v));
    }

    LocalDate date(String name, CliMessages m) {
        String v = options.get(name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(m.text("cli.date.invalid", name, v));
        }
    }

    /** One of {@code choices} (lower case), or {@code fallback} when the option is absent. */
    String choice(String name, List<String> choices, String fallback, CliMessages m) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        if (!choices.contains(v)) {
            throw new IllegalArgumentException(m.text("cli.choice.invalid", name, v, String.join(", ", choices)));
        }
        return v;
    }
}
