package coop.essaim.kernel.cli;

import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.ChainVerification;
import coop.essaim.api.ledger.JournalExport;
import coop.essaim.api.ledger.JournalImport;
import coop.essaim.api.ledger.JournalImportResult;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.LedgerJournals;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserDirectory;
import coop.essaim.kernel.Kernel;
import coop.essaim.kernel.KernelBootstrap;
import coop.essaim.kernel.host.ClasspathModuleSource;
import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.kernel.user.KernelUserDirectory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The books of an installation whose server is stopped: takes the data folder's lock ({@code <data>/.lock},
 * the one the server launcher holds while it runs, so no server starts while the command works), boots the
 * kernel on the folder as the hosts do ({@link KernelBootstrap#start(HostEnvironment)}), installs the plugin
 * jars of {@code <home>/plugins} (the country plugin brings the chart of accounts), and acts as the
 * cooperative's first active administrator: the person at the shell who can read the data folder is the
 * installation's operator. The audit trail records that the action came from the command line and which
 * system user ran it.
 */
public final class LocalLedgerTarget implements LedgerTarget {

    private final DataFolderLock lock;
    private final URLClassLoader plugins;
    private final Kernel kernel;
    private final Locale locale;
    private final Map<Long, UserContext> operators = new HashMap<>();

    private LocalLedgerTarget(DataFolderLock lock, URLClassLoader plugins, Kernel kernel, Locale locale) {
        this.lock = lock;
        this.plugins = plugins;
        this.kernel = kernel;
        this.locale = locale;
    }

    /** @throws DataFolderBusyException when a server uses the folder */
    public static LocalLedgerTarget open(HostEnvironment env, Locale locale) {
        DataFolderLock lock = DataFolderLock.take(env.data());
        URLClassLoader loader = null;
        try {
            loader = pluginLoader(env.home().resolve("plugins"));
            Kernel kernel;
            try {
                kernel = KernelBootstrap.start(env);
            } catch (RuntimeException e) {
                if (DataFolderLock.bootedElsewhere(e)) {
                    throw new DataFolderBusyException(env.data().toString());
                }
                throw e;
            }
            for (URL jar : loader.getURLs()) {
                kernel.modules().install(ClasspathModuleSource.fromManifest(loader, Path.of(jar.toURI())));
            }
            return new LocalLedgerTarget(lock, loader, kernel, locale);
        } catch (RuntimeException | java.net.URISyntaxException e) {
            close(lock, loader);
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    private static URLClassLoader pluginLoader(Path folder) {
        List<URL> jars = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    jars.add(p.toUri().toURL());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
            }
        }
        // one loader for every plugin, so a plugin sees the api packages of those it depends on
        return new URLClassLoader("essaim-cli-plugins", jars.toArray(URL[]::new), LocalLedgerTarget.class.getClassLoader());
    }

    /** The cooperative's first active administrator, in the operator's language. */
    UserContext operator(long cooperativeId) {
        return operators.computeIfAbsent(cooperativeId, id -> {
            long userId = firstAdministrator(kernel.dataSource(), id);
            UserContext admin = ((KernelUserDirectory) kernel.service(UserDirectory.class)).contextOf(userId);
            return new UserContext(admin.userId(), admin.login(), admin.displayName(), admin.cooperativeId(),
                    admin.roles(), admin.permissions(), locale);
        });
    }

    private static long firstAdministrator(DataSource ds, long cooperativeId) {
        String sql = "SELECT MIN(U.ID) FROM USER_ACCOUNT U JOIN USER_ROLE R ON R.USER_ID = U.ID"
                + " WHERE U.COOPERATIVE_ID = ? AND U.ACTIVE = ? AND R.ROLE_NAME = ?";
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, cooperativeId);
            s.setBoolean(2, true);
            s.setString(3, coop.essaim.api.security.CoreRoles.ADMINISTRATOR);
            try (ResultSet r = s.executeQuery()) {
                long id = r.next() ? r.getLong(1) : 0;
                if (id == 0) {
                    throw new NoCooperativeException(cooperativeId);
                }
                return id;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the administrators of cooperative " + cooperativeId, e);
        }
    }

    /** No cooperative of that id, or none with an active administrator to act as. */
    public static final class NoCooperativeException extends RuntimeException {
        final long cooperativeId;

        NoCooperativeException(long cooperativeId) {
            super("cooperative " + cooperativeId + ": none, or without an active administrator");
            this.cooperativeId = cooperativeId;
        }
    }

    @Override
    public JournalImportResult importJournal(long cooperativeId, String sourceName, Reader in) throws IOException {
        String origin = "command line (system user " + System.getProperty("user.name", "?") + ")";
        return kernel.service(LedgerJournals.class).importJournal(operator(cooperativeId),
                new JournalImport(cooperativeId, sourceName, origin), in);
    }

    @Override
    public List<Balance> balances(BalanceQuery query) {
        return kernel.service(Ledger.class).balances(operator(query.cooperativeId()), query);
    }

    @Override
    public Map<Long, String> activityCodes(long cooperativeId) {
        Map<Long, String> codes = new HashMap<>();
        try (Connection c = kernel.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT ID, ANALYTIC_CODE FROM ACTIVITY WHERE COOPERATIVE_ID = ?")) {
            s.setLong(1, cooperativeId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    codes.put(r.getLong(1), r.getString(2).strip());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the activities of cooperative " + cooperativeId, e);
        }
        return codes;
    }

    @Override
    public long export(JournalExport request, Writer out) throws IOException {
        return kernel.service(LedgerJournals.class).export(operator(request.cooperativeId()), request, out);
    }

    @Override
    public ChainVerification verify(long cooperativeId) {
        return kernel.service(Ledger.class).verifyChain(operator(cooperativeId), cooperativeId);
    }

    @Override
    public void close() {
        try {
            kernel.close();
        } finally {
            close(lock, plugins);
        }
    }

    private static void close(DataFolderLock lock, URLClassLoader loader) {
        try {
            if (loader != null) {
                loader.close();
            }
            lock.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
