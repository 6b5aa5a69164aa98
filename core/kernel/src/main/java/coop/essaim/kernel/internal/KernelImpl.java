package coop.essaim.kernel.internal;

import coop.essaim.kernel.CoreServices;
import coop.essaim.kernel.backup.BackupRequests;
import coop.essaim.kernel.Kernel;
import coop.essaim.kernel.demo.DemoLogin;
import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.kernel.module.KernelModuleRegistry;
import coop.essaim.kernel.module.ModuleRegistry;
import coop.essaim.kernel.module.ServiceDirectory;
import coop.essaim.kernel.persistence.Database;
import coop.essaim.kernel.security.Authentication;
import coop.essaim.kernel.setup.FirstRunSetup;
import jakarta.persistence.EntityManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.util.List;

/** The running kernel; built by {@code KernelBootstrap}. */
public final class KernelImpl implements Kernel {

    private static final Logger LOG = LoggerFactory.getLogger(KernelImpl.class);

    private final String version;
    private final HostEnvironment env;
    private final Database db;
    private final EntityManagerFactory coreUnit;
    private final KernelModuleRegistry registry;
    private final ServiceDirectory services;
    private final CoreServices core;
    private final BackupRequests backupRequests;
    private boolean closed;

    public KernelImpl(String version, HostEnvironment env, Database db, EntityManagerFactory coreUnit,
                      KernelModuleRegistry registry, ServiceDirectory services, CoreServices core,
                      BackupRequests backupRequests) {
        this.backupRequests = backupRequests;
        this.version = version;
        this.env = env;
        this.db = db;
        this.coreUnit = coreUnit;
        this.registry = registry;
        this.services = services;
        this.core = core;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public ModuleRegistry modules() {
        return registry;
    }

    @Override
    public <T> T service(Class<T> type) {
        return services.find(type).orElseThrow(() ->
                new IllegalArgumentException("no core service " + type.getName()));
    }

    @Override
    public Authentication authentication() {
        return core.authentication();
    }

    @Override
    public FirstRunSetup setup() {
        return core.setup();
    }

    @Override
    public DataSource dataSource() {
        return db.dataSource();
    }

    @Override
    public List<DemoLogin> ensureDemo() {
        return core.demo().ensureDemo();
    }

    @Override
    public HostEnvironment environment() {
        return env;
    }

    /** Modules first (last started first, the core last), then the core unit, then the database. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        backupRequests.close();
        try {
            registry.close();
            registry.removeListener(core);
        } finally {
            try {
                if (coreUnit.isOpen()) {
                    coreUnit.close();
                }
            } catch (RuntimeException e) {
                LOG.warn("closing the core persistence unit failed: {}", e.getMessage(), e);
            }
            db.close();
        }
        LOG.info("Essaim core {} stopped", version);
    }
}
