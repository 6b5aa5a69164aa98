package coop.essaim.kernel.cli;

import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.ChainVerification;
import coop.essaim.api.ledger.JournalExport;
import coop.essaim.api.ledger.JournalFormat;
import coop.essaim.api.ledger.JournalImportException;
import coop.essaim.api.ledger.JournalImportResult;
import coop.essaim.api.ledger.JournalProblem;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.kernel.host.LaunchOptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code essaim ledger import|balance|export|verify ... --coop ID [--home DIR] [--data DIR]}: the books of an
 * installation from the shell. Exit codes: 0 done, 1 refused or failed (an invalid file, a broken chain, a
 * missing permission), 2 bad arguments, 3 the data folder is in use by a running server. What it does goes
 * through a {@link LedgerTarget}, so the same commands can later reach a running server through its API.
 */
public final class LedgerCli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int BUSY = 3;
    private static final Set<String> COMMON = Set.of("--coop", "--home", "--data");

    private final PrintStream out;
    private final PrintStream err;
    private final CliMessages m;
    private final Function<HostEnvironment, LedgerTarget> opener;

    public LedgerCli(PrintStream out, PrintStream err, Locale locale, Function<HostEnvironment, LedgerTarget> opener) {
        this.out = out;
        this.err = err;
        this.m = new CliMessages(locale);
        this.opener = opener;
    }

    public static void main(String[] args) {
        Locale locale = Locale.getDefault();
        int code = new LedgerCli(System.out, System.err, locale, env -> LocalLedgerTarget.open(env, locale)).run(args);
        System.out.flush();
        System.exit(code);
    }

    public int run(String... args) {
        if (args.length == 0 || List.of("help", "-h", "--help").contains(args[0])) {
            (args.length == 0 ? err : out).println(m.text("cli.usage"));
            return args.length == 0 ? USAGE : OK;
        }
        String command = args[0];
        List<String> rest = List.of(args).subList(1, args.length);
        CliArguments a;
        Command work;
        try {
            a = switch (command) {
                case "import", "verify" -> CliArguments.parse(rest, with(), m);
                case "balance" -> CliArguments.parse(rest, with("--by", "--from", "--to"), m);
                case "export" -> CliArguments.parse(rest, with("--format", "--out", "--from", "--to"), m);
                default -> throw new IllegalArgumentException(m.text("cli.command.unknown", command));
            };
            work = command(command, a);
        } catch (IllegalArgumentException e) {
            err.println("essaim ledger: " + e.getMessage());
            err.println(m.text("cli.usage"));
            return USAGE;
        }
        HostEnvironment env = environment(a);
        try (LedgerTarget target = opener.apply(env)) {
            return work.run(target);
        } catch (DataFolderBusyException e) {
            err.println("essaim ledger: " + m.text("cli.busy", env.data()));
            return BUSY;
        } catch (JournalImportException e) {
            for (JournalProblem p : e.problems()) {
                err.println(a.positional().get(0) + ":" + p.line() + ": " + p.message());
            }
            if (e.more() > 0) {
                err.println(m.text("cli.import.more", e.more()));
            }
            err.println("essaim ledger: " + m.text("cli.import.refused", e.problems().size() + e.more()));
            return FAILED;
        } catch (ValidationException e) {
            e.errors().forEach(x -> err.println("essaim ledger: " + x.field() + ": " + x.message()));
            return FAILED;
        } catch (AccessDeniedException e) {
            err.println("essaim ledger: " + m.text("cli.denied", e.getMessage()));
            return FAILED;
        } catch (LocalLedgerTarget.NoCooperativeException e) {
            err.println("essaim ledger: " + m.text("cli.coop.none", e.cooperativeId));
            return FAILED;
        } catch (IOException | RuntimeException e) {
            err.println("essaim ledger: " + e.getMessage());
            return FAILED;
        }
    }

    private interface Command {
        int run(LedgerTarget target) throws IOException;
    }

    /** Checks every argument before the data folder is opened, so a typo costs no start. */
    private Command command(String name, CliArguments a) {
        long coop = a.cooperative(m);
        if (!name.equals("import") && !a.positional().isEmpty()) {
            throw new IllegalArgumentException(m.text("cli.positional.unexpected", a.positional().get(0)));
        }
        return switch (name) {
            case "import" -> importCommand(a, coop);
            case "balance" -> balanceCommand(a, coop);
            case "export" -> exportCommand(a, coop);
            default -> target -> verify(target, coop);
        };
    }

    private Command importCommand(CliArguments a, long coop) {
        if (a.positional().size() != 1) {
            throw new IllegalArgumentException(m.text("cli.import.file"));
        }
        Path file = Path.of(a.positional().get(0));
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException(m.text("cli.file.unreadable", file));
        }
        return target -> {
            JournalImportResult r;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                r = target.importJournal(coop, file.getFileName().toString(), in);
            }
            out.println(m.text("cli.import.done", file, r.transactions(), r.entriesPosted(), r.postingsPosted(),
                    r.alreadyPresent()));
            return OK;
        };
    }

    private Command balanceCommand(CliArguments a, long coop) {
        String by = a.choice("--by", List.of("account", "activity", "both"), "account", m);
        BalanceQuery.Grouping grouping = switch (by) {
            case "activity" -> BalanceQuery.Grouping.ACTIVITY;
            case "both" -> BalanceQuery.Grouping.ACCOUNT_AND_ACTIVITY;
            default -> BalanceQuery.Grouping.ACCOUNT;
        };
        BalanceQuery query = new BalanceQuery(coop, a.date("--from", m), a.date("--to", m), grouping, null);
        checkRange(query.from(), query.to());
        return target -> {
            BalanceTable.print(target.balances(query), grouping == BalanceQuery.Grouping.ACCOUNT ? java.util.Map.of()
                            : target.activityCodes(coop), grouping != BalanceQuery.Grouping.ACTIVITY,
                    grouping != BalanceQuery.Grouping.ACCOUNT, m, out);
            return OK;
        };
    }

    private Command exportCommand(CliArguments a, long coop) {
        if (a.option("--format") == null) {
            throw new IllegalArgumentException(m.text("cli.format.missing"));
        }
        JournalFormat format = a.choice("--format", List.of("hledger", "csv"), null, m).equals("csv")
                ? JournalFormat.CSV : JournalFormat.HLEDGER;
        checkRange(a.date("--from", m), a.date("--to", m));
        JournalExport request = new JournalExport(coop, format, a.date("--from", m), a.date("--to", m));
        String target = a.option("--out");
        if (target != null && Path.of(target).toAbsolutePath().getParent() != null
                && !Files.isDirectory(Path.of(target).toAbsolutePath().getParent())) {
            throw new IllegalArgumentException(m.text("cli.out.folder", target));
        }
        return ledger -> {
            if (target == null) {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                ledger.export(request, w);
                w.flush();
                return OK;
            }
            long n;
            try (Writer w = Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8)) {
                n = ledger.export(request, w);
            }
            out.println(m.text("cli.export.done", n, target));
            return OK;
        };
    }

    private int verify(LedgerTarget target, long coop) {
        ChainVerification v = target.verify(coop);
        if (v.intact()) {
            out.println(m.text("cli.verify.intact", v.entriesChecked()));
            return OK;
        }
        out.println(v.firstBrokenEntryId() == null ? m.text("cli.verify.tail", v.entriesChecked(), v.reason())
                : m.text("cli.verify.broken", v.firstBrokenReference(), String.valueOf(v.firstBrokenEntryId()),
                v.reason(), v.entriesChecked()));
        return FAILED;
    }

    private void checkRange(java.time.LocalDate from, java.time.LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException(m.text("cli.range.invalid", from, to));
        }
    }

    private static HostEnvironment environment(CliArguments a) {
        List<String> launch = new ArrayList<>();
        if (a.option("--home") != null) {
            launch.addAll(List.of("--home", a.option("--home")));
        }
        if (a.option("--data") != null) {
            launch.addAll(List.of("--data", a.option("--data")));
        }
        return LaunchOptions.parse(launch.toArray(String[]::new)).environment("cli");
    }

    private static Set<String> with(String... more) {
        Set<String> all = new java.util.TreeSet<>(COMMON);
        all.addAll(List.of(more));
        return all;
    }
}
