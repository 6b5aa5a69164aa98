package coop.essaim.kernel;

import coop.essaim.kernel.module.ModuleRegistry;
import coop.essaim.kernel.security.Authentication;
import coop.essaim.kernel.setup.FirstRunSetup;

import javax.sql.DataSource;

/**
 * The host-neutral core, as a host and the web layer see it. A host starts it with
 * {@code KernelBootstrap.start(HostEnvironment)}, feeds it modules through {@link #modules()}, serves the web
 * application and the API on top of it, and closes it on shutdown (which stops modules, closes persistence
 * units and shuts an embedded database down cleanly).
 */
public interface Kernel extends AutoCloseable {

    /** The core version modules are checked against ({@code Plugin-Requires}). */
    String version();

    ModuleRegistry modules();

    /** Core services: {@code CooperativeDirectory}, {@code UserDirectory}, {@code AuditTrail}, ... */
    <T> T service(Class<T> type);

    Authentication authentication();

    FirstRunSetup setup();

    DataSource dataSource();

    /**
     * For {@code essaim demo}: creates the demo cooperative, one user per core role and every started
     * module's demo data when the installation is empty; on an installation that already has the demo
     * cooperative, changes nothing. Returns the demo logins to print either way.
     */
    java.util.List<coop.essaim.kernel.demo.DemoLogin> ensureDemo();

    coop.essaim.kernel.host.HostEnvironment environment();

    @Override
    void close();
}
