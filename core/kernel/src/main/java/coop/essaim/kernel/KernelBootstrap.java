package coop.essaim.kernel;

import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.kernel.backup.BackupRequests;
import coop.essaim.kernel.backup.Backups;
import coop.essaim.kernel.config.KernelConfig;
import coop.essaim.kernel.host.ClasspathModuleSource;
import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.kernel.host.ModuleSource;
import coop.essaim.kernel.internal.KernelImpl;
import coop.essaim.kernel.migration.MigrationRunner;
import coop.essaim.kernel.module.KernelModuleRegistry;
import coop.essaim.kernel.module.ModuleStarter;
import coop.essaim.kernel.module.ServiceDirectory;
import coop.essaim.kernel.persistence.ConnectionBudget;
import coop.essaim.kernel.persistence.Database;
import coop.essaim.kernel.persistence.JpaModuleStore;
import coop.essaim.kernel.persistence.PersistenceUnits;
import jakarta.persistence.EntityManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Properties;

/**
 * Starts the kernel: configuration, database, the core's migrations and persistence unit, the core services,
 * then the core module. Hosts install the other modules afterwards through {@link Kernel#modules()}.
 */
public final class KernelBootstrap {

    public static final String CORE_ID = "core";
    /** The core's migrations inside the kernel jar. */
    public static final String CORE_MIGRATIONS = "coop/essaim/kernel/migration";
    private static final Logger LOG = LoggerFactory.getLogger(KernelBootstrap.class);

    private KernelBootstrap() {
    }

    /** On a plain class path (PF4J host, test kit): the kernel jar or classes folder is read directly. */
    public static Kernel start(HostEnvironment env) {
        return start(env, ClasspathModuleSource.of(coreDescriptor(), KernelBootstrap.class.getClassLoader(),
                ClasspathModuleSource.rootOf(KernelBootstrap.class)));
    }

    /**
     * With the kernel presented by the host, for hosts whose class loaders have no file behind them (an OSGi
     * bundle): {@code coreSource} must list the kernel's own entries and carry {@link #coreDescriptor()}.
     */
    public static Kernel start(HostEnvironment env, ModuleSource coreSource) {
        String version = coreVersion();
        KernelConfig config = KernelConfig.load(env);
        LOG.info("Essaim core {} starting ({} host), {}", version, env.hostName(), config);
        Clock clock = Clock.systemUTC();
        Database db = Database.open(config);
        EntityManagerFactory coreUnit = null;
        KernelModuleRegistry registry = null;
        try {
            MigrationRunner migrations = new MigrationRunner(db.dataSource(), clock);
            migrations.migrate(CORE_ID, coreSource, CORE_MIGRATIONS);
            coreUnit = PersistenceUnits.create(CORE_ID, coreSource.classLoader(), db.dataSource(), db.sequencing(),
                    CoreEntities.NAMES);
            JpaModuleStore coreStore = new JpaModuleStore(coreUnit);
            ServiceDirectory services = new ServiceDirectory();
            ModuleStarter starter = new ModuleStarter(db.dataSource(), db.sequencing(), migrations, services,
                    new ConnectionBudget(config.dbPoolSize()));
            registry = new KernelModuleRegistry(version, starter, clock);
            CoreServices core = new CoreServices(coreStore, env, registry, clock);
            services.registerAll(core.services());
            services.register(ModuleCatalog.class, registry);
            registry.addListener(core);
            registry.installCore(coreSource, coreStore);
            BackupRequests backups = BackupRequests.start(env.data(), new Backups(clock, version), db, config);
            return new KernelImpl(version, env, db, coreUnit, registry, services, core, backups);
        } catch (RuntimeException | LinkageError e) {
            if (registry != null) {
                registry.close();
            }
            if (coreUnit != null) {
                coreUnit.close();
            }
            db.close();
            throw e;
        }
    }

    /** Module "core": what modules name in {@code Plugin-Dependencies} and what their {@code Plugin-Requires} is checked against. */
    public static ModuleDescriptor coreDescriptor() {
        return new ModuleDescriptor(CORE_ID, coreVersion(), "Essaim", "*", List.of(), null);
    }

    /** {@code essaim.core.version} of the root pom, written into version.properties at build time. */
    public static String coreVersion() {
        Properties p = new Properties();
        try (InputStream in = KernelBootstrap.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("coop/essaim/kernel/version.properties is missing from the kernel");
            }
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read coop/essaim/kernel/version.properties", e);
        }
        String v = p.getProperty("version", "");
        if (v.isBlank() || v.contains("${")) {
            throw new IllegalStateException("version.properties was not filtered by the build: '" + v + "'");
        }
        return v.trim();
    }
}
