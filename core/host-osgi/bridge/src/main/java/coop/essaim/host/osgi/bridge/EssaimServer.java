package coop.essaim.host.osgi.bridge;

import coop.essaim.kernel.Kernel;
import coop.essaim.kernel.KernelBootstrap;
import coop.essaim.kernel.demo.DemoLogin;
import coop.essaim.kernel.host.StartupReport;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;

/**
 * The server inside the framework, in start order: the kernel (with module "core" presented from the kernel
 * bundle), the kernel as an OSGi service, the module extender, the plugins folder watcher, the servlets;
 * then, once the plugins present at start are installed, the demo data when asked for, and the startup report
 * once {@code /api/v1/health} answers. Stopping undoes it in reverse; closing the kernel stops the modules and
 * shuts an embedded database down cleanly.
 */
final class EssaimServer {

    private static final Logger LOG = LoggerFactory.getLogger(EssaimServer.class);
    private static final Duration STARTUP_MODULES_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(60);

    private final BundleContext context;
    private final BridgeSettings settings;
    private volatile boolean aborted;
    private Kernel kernel;
    private ServiceRegistration<Kernel> kernelService;
    private ModuleWorker worker;
    private ModuleExtender extender;
    private PluginFolderWatcher watcher;
    private WebServlets servlets;

    EssaimServer(BundleContext context, BridgeSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    void start() throws InterruptedException {
        Kernel k = startKernel();
        synchronized (this) {
            if (aborted) {
                k.close();
                return;
            }
            kernel = k;
            kernelService = context.registerService(Kernel.class, k, properties());
            worker = new ModuleWorker();
            extender = new ModuleExtender(context, k.modules(), worker);
            extender.open();
            watcher = new PluginFolderWatcher(settings.pluginsFolder(), k.modules(), worker);
            watcher.start();
            servlets = new WebServlets();
            servlets.register(context, k, settings.pageStore());
        }
        if (!awaitStartupModules()) {
            LOG.warn("the plugins of {} were not all installed within {} s; going on", settings.pluginsFolder(),
                    STARTUP_MODULES_TIMEOUT.toSeconds());
        }
        List<DemoLogin> demo = settings.demo() && !aborted ? k.ensureDemo() : List.of();
        if (aborted) {
            return;
        }
        if (HealthCheck.await(settings.launchOptions().baseUrl(), HEALTH_TIMEOUT, () -> aborted)) {
            String report = StartupReport.text(BridgeSettings.HOST_NAME, k.version(), settings.launchOptions(), demo);
            LOG.info("{}", report);
            // the startup report is the server's console output (where to go, demo logins), not a log line
            System.out.print(report);
            System.out.flush();
        } else if (!aborted) {
            LOG.error("{}{} did not answer 200 within {} s", settings.launchOptions().baseUrl(), HealthCheck.PATH,
                    HEALTH_TIMEOUT.toSeconds());
        }
    }

    /** Makes a start still in progress give up at its next step. */
    void abortStart() {
        aborted = true;
    }

    synchronized void stop() {
        aborted = true;
        close(servlets);
        close(watcher);
        close(extender);
        close(worker);
        if (kernelService != null) {
            try {
                kernelService.unregister();
            } catch (IllegalStateException alreadyGone) {
                // unregistered by the framework
            }
        }
        if (kernel != null) {
            kernel.close();
            LOG.info("Essaim stopped");
        }
        servlets = null;
        watcher = null;
        extender = null;
        worker = null;
        kernelService = null;
        kernel = null;
    }

    /** EclipseLink finds its own services through the thread context class loader. */
    private Kernel startKernel() {
        Bundle kernelBundle = FrameworkUtil.getBundle(KernelBootstrap.class);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KernelBootstrap.class.getClassLoader());
        try {
            return KernelBootstrap.start(settings.environment(),
                    BundleModuleSource.core(kernelBundle, KernelBootstrap.coreDescriptor()));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * True once every readable jar of the plugins folder is a bundle (FileInstall's first scan is done) and
     * the extender has handed them all to the kernel: the demo data of those modules belongs in the demo.
     */
    private boolean awaitStartupModules() throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP_MODULES_TIMEOUT.toNanos();
        while (!aborted && System.nanoTime() < deadline) {
            if (watcher.settled() && installedJars().containsAll(watcher.readableJars())) {
                return worker.awaitIdle(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            }
            Thread.sleep(100);
        }
        return false;
    }

    private Set<String> installedJars() {
        Set<String> names = new HashSet<>();
        for (Bundle b : context.getBundles()) {
            names.add(BundleModuleSource.locationOf(b));
        }
        return names;
    }

    private Hashtable<String, Object> properties() {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("essaim.host", BridgeSettings.HOST_NAME);
        p.put("essaim.data", settings.data().toString());
        return p;
    }

    private static void close(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("stopping {} failed: {}", c.getClass().getSimpleName(), e.getMessage(), e);
        }
    }
}
