package coop.essaim.kernel.cli;

import coop.essaim.kernel.KernelBootstrap;
import coop.essaim.kernel.backup.BackupException;
import coop.essaim.kernel.backup.BackupManifest;
import coop.essaim.kernel.backup.Backups;
import coop.essaim.kernel.config.ConfigurationException;
import coop.essaim.kernel.config.KernelConfig;
import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.kernel.host.LaunchOptions;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code essaim backup [--to DIR]} and {@code essaim restore --from DIR [--replace]}, with {@code --home DIR}
 * and {@code --data DIR}: the whole database of an installation, every cooperative. A backup is taken while
 * the server runs (through the server itself for embedded Derby, see {@link ServerBackup}) or while it is
 * stopped; a restore needs the server stopped. Exit codes as {@link LedgerCli}'s.
 */
public final class BackupCli {

    private final PrintStream out;
    private final PrintStream err;
    private final CliMessages m;
    private final Clock clock;
    private final Duration wait;

    public BackupCli(PrintStream out, PrintStream err, Locale locale, Clock clock, Duration wait) {
        this.out = out;
        this.err = err;
        this.m = new CliMessages(locale);
        this.clock = clock;
        this.wait = wait;
    }

    public static void main(String[] args) {
        int code = new BackupCli(System.out, System.err, Locale.getDefault(), Clock.systemUTC(), Duration.ofHours(2))
                .run(args);
        System.out.flush();
        System.exit(code);
    }

    public int run(String... args) {
        if (args.length == 0 || List.of("help", "-h", "--help").contains(args[0])) {
            (args.length == 0 ? err : out).println(m.text("backup.usage"));
            return args.length == 0 ? LedgerCli.USAGE : LedgerCli.OK;
        }
        String command = args[0];
        CliArguments a;
        try {
            List<String> rest = List.of(args).subList(1, args.length);
            a = switch (command) {
                case "backup" -> CliArguments.parse(rest, Set.of("--to", "--home", "--data"), m);
                case "restore" -> CliArguments.parse(rest, Set.of("--from", "--home", "--data"), Set.of("--replace"), m);
                default -> throw new IllegalArgumentException(m.text("backup.command.unknown", command));
            };
            if (!a.positional().isEmpty()) {
                throw new IllegalArgumentException(m.text("cli.positional.unexpected", a.positional().get(0)));
            }
            if (command.equals("restore") && a.option("--from") == null) {
                throw new IllegalArgumentException(m.text("backup.from.missing"));
            }
        } catch (IllegalArgumentException e) {
            err.println("essaim " + command + ": " + e.getMessage());
            err.println(m.text("backup.usage"));
            return LedgerCli.USAGE;
        }
        HostEnvironment env = environment(a);
        Backups backups = new Backups(clock, KernelBootstrap.coreVersion());
        try {
            KernelConfig config = KernelConfig.load(env);
            return command.equals("backup") ? backup(env, config, backups, a) : restore(env, config, backups, a);
        } catch (DataFolderBusyException e) {
            err.println("essaim " + command + ": " + m.text("backup.busy", env.data()));
            return LedgerCli.BUSY;
        } catch (BackupException | ConfigurationException e) {
            err.println("essaim " + command + ": " + e.getMessage());
            return LedgerCli.FAILED;
        } catch (RuntimeException e) {
            err.println("essaim " + command + ": " + e);
            return LedgerCli.FAILED;
        }
    }

    private int backup(HostEnvironment env, KernelConfig config, Backups backups, CliArguments a) {
        Path target = a.option("--to") != null ? Path.of(a.option("--to")) : backups.defaultTarget(env.home());
        target = target.toAbsolutePath().normalize();
        ServerBackup.Outcome outcome = new ServerBackup(env, config, backups, wait).take(target);
        out.println(m.text(outcome.throughServer() ? "backup.done.server" : "backup.done", outcome.cooperatives(),
                outcome.entries(), target));
        return LedgerCli.OK;
    }

    private int restore(HostEnvironment env, KernelConfig config, Backups backups, CliArguments a) {
        Path from = Path.of(a.option("--from")).toAbsolutePath().normalize();
        if (!Files.isDirectory(from)) {
            throw new BackupException(m.text("backup.from.folder", from));
        }
        try (DataFolderLock lock = DataFolderLock.take(env.data())) {
            BackupManifest restored = backups.restore(config, from, a.flag("--replace"));
            out.println(m.text("restore.done", restored.ledgers().size(), restored.entries(), restored.takenAt(), from));
            return LedgerCli.OK;
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
}
