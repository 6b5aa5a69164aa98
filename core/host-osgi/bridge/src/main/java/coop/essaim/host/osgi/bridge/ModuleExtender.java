package coop.essaim.host.osgi.bridge;

import coop.essaim.kernel.module.ModuleRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The extender: every bundle whose manifest has a {@code Plugin-Id} header is a module. Once the framework
 * resolved it, it is installed into the kernel's registry (which reads its {@code META-INF/services} files and
 * starts it); when it goes away, or is refreshed back to INSTALLED, it is uninstalled. A plugin bundle that
 * the framework cannot resolve (a package it imports is missing) is installed as an unusable module carrying
 * the resolver's message, so that the "Modules" page says why; it is tried again whenever another plugin
 * bundle resolves, since that one may bring what it lacks.
 *
 * <p>Tracker callbacks only queue work on the {@link ModuleWorker}; the state below is touched only there.
 */
final class ModuleExtender implements BundleTrackerCustomizer<Bundle>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleExtender.class);
    private static final int TRACKED = Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE
            | Bundle.STOPPING;

    private final BundleContext context;
    private final ModuleRegistry modules;
    private final ModuleWorker worker;
    private final BundleTracker<Bundle> tracker;
    /**
     * What was handed to the kernel for each bundle id: the wiring whose class loader the module runs on, or
     * {@link #UNUSABLE}. A wiring, not a revision: a refresh (FileInstall refreshes after installing or
     * removing jars) keeps the revision but replaces the wiring, and the old class loader stops loading.
     */
    private final Map<Long, Object> installed = new HashMap<>();
    private static final Object UNUSABLE = new Object();
    private final Map<Long, Bundle> unresolved = new HashMap<>();
    private volatile boolean closing;

    ModuleExtender(BundleContext context, ModuleRegistry modules, ModuleWorker worker) {
        this.context = context;
        this.modules = modules;
        this.worker = worker;
        this.tracker = new BundleTracker<>(context, TRACKED, this);
    }

    void open() {
        tracker.open();
    }

    /** Stops listening; the kernel itself stops every module when it closes. */
    @Override
    public void close() {
        closing = true;
        tracker.close();
    }

    @Override
    public Bundle addingBundle(Bundle bundle, BundleEvent event) {
        if (!BundleModuleSource.isModule(bundle)) {
            return null;
        }
        queueSync(bundle);
        return bundle;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
        queueSync(bundle);
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
        if (!closing) {
            worker.submit("removing module " + BundleModuleSource.locationOf(bundle), () -> forget(bundle));
        }
    }

    private void queueSync(Bundle bundle) {
        if (!closing) {
            worker.submit("module " + BundleModuleSource.locationOf(bundle), () -> sync(bundle));
        }
    }

    /** Brings the kernel in line with the bundle's current state. Runs on the worker. */
    private void sync(Bundle bundle) {
        if (closing || frameworkStopping()) {
            return;
        }
        int state = bundle.getState();
        if (state == Bundle.UNINSTALLED) {
            forget(bundle);
        } else if (state == Bundle.INSTALLED) {
            if (installed.get(bundle.getBundleId()) instanceof BundleWiring) {
                // refreshed or updated: the class loader the module ran on is gone
                modules.uninstall(BundleModuleSource.locationOf(bundle));
                installed.remove(bundle.getBundleId());
            }
            tryResolve(bundle);
        } else {
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring != null && wiring != installed.get(bundle.getBundleId())) {
                unresolved.remove(bundle.getBundleId());
                installed.put(bundle.getBundleId(), wiring);
                modules.install(usableOrNot(bundle));
                retryUnresolved();
            }
        }
    }

    private BundleModuleSource usableOrNot(Bundle bundle) {
        if (!"2".equals(bundle.getHeaders("").get("Bundle-ManifestVersion"))) {
            return BundleModuleSource.unusable(bundle, "not an OSGi R4 bundle (its manifest has no "
                    + "Bundle-ManifestVersion: 2, so it imports nothing): build it with the Essaim plugin parent");
        }
        return BundleModuleSource.of(bundle);
    }

    private void tryResolve(Bundle bundle) {
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        if (!wiring.resolveBundles(List.of(bundle))) {
            Optional<String> reason = unresolvableReason(bundle);
            if (reason.isPresent()) {
                unresolved.put(bundle.getBundleId(), bundle);
                if (!installed.containsKey(bundle.getBundleId())) {
                    LOG.warn("plugin {} does not resolve: {}", BundleModuleSource.locationOf(bundle), reason.get());
                    installed.put(bundle.getBundleId(), UNUSABLE);
                    modules.install(BundleModuleSource.unusable(bundle, reason.get()));
                }
                return;
            }
        }
        if (bundle.getState() != Bundle.INSTALLED && bundle.getState() != Bundle.UNINSTALLED) {
            sync(bundle);   // the RESOLVED event is on its way too; the wiring check makes that one a no-op
        }
    }

    /**
     * The framework only explains a resolution failure to whoever tries to start the bundle; empty when it
     * resolved meanwhile (what it lacked just arrived).
     */
    private static Optional<String> unresolvableReason(Bundle bundle) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            return Optional.empty();
        } catch (BundleException e) {
            return bundle.getState() == Bundle.INSTALLED
                    ? Optional.of("the OSGi framework cannot resolve the bundle: " + e.getMessage())
                    : Optional.empty();
        } catch (IllegalStateException uninstalledMeanwhile) {
            return Optional.empty();   // its UNINSTALLED event follows and removes it
        } catch (SecurityException e) {
            return Optional.of("the bundle cannot be started: " + e.getMessage());
        }
    }

    private void retryUnresolved() {
        if (unresolved.isEmpty()) {
            return;
        }
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        List<Bundle> waiting = List.copyOf(unresolved.values());
        wiring.resolveBundles(waiting);
        for (Bundle b : waiting) {
            if (b.getState() != Bundle.INSTALLED && b.getState() != Bundle.UNINSTALLED) {
                sync(b);
            }
        }
    }

    private void forget(Bundle bundle) {
        boolean known = installed.containsKey(bundle.getBundleId());
        installed.remove(bundle.getBundleId());
        unresolved.remove(bundle.getBundleId());
        if (known) {
            modules.uninstall(BundleModuleSource.locationOf(bundle));
        }
    }

    private boolean frameworkStopping() {
        Bundle system = context.getBundle(0);
        return system == null || system.getState() == Bundle.STOPPING;
    }
}
