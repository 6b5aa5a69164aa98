package coop.essaim.host.osgi.launcher;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.BundleRevision;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Installs every jar of {@code <home>/bundles} and starts them, extenders first; fragments are never started. */
final class RuntimeBundles {

    /**
     * The bridge starts after and stops before everything else: on shutdown it unpublishes the web application
     * and closes the kernel while Jetty still runs, so Wicket and the sessions end cleanly.
     */
    static final String BRIDGE = "coop.essaim.host.osgi.bridge";
    static final int BRIDGE_START_LEVEL = 2;

    private RuntimeBundles() {
    }

    static List<Bundle> install(BundleContext context, Path folder) throws IOException, LaunchException {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.jar")) {
            ds.forEach(jars::add);
        }
        if (jars.isEmpty()) {
            throw new LaunchException("no bundle in " + folder + ": is --home the installation folder?");
        }
        jars.sort(Comparator.naturalOrder());
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars) {
            try {
                Bundle b = context.installBundle(jar.toUri().toString());
                if (BRIDGE.equals(b.getSymbolicName())) {
                    b.adapt(BundleStartLevel.class).setStartLevel(BRIDGE_START_LEVEL);
                }
                installed.add(b);
            } catch (BundleException e) {
                throw new LaunchException("cannot install " + jar.getFileName() + ": " + e.getMessage());
            }
        }
        return installed;
    }

    /** Starts the bundles; returns one line per bundle that did not start, with the framework's reason. */
    static List<String> start(List<Bundle> bundles) {
        List<Bundle> order = new ArrayList<>(bundles);
        // an extender (SCR...) must be active before the bundles it extends start
        order.sort(Comparator.comparingInt(b -> isExtender(b) ? 0 : 1));
        List<String> failures = new ArrayList<>();
        for (Bundle b : order) {
            if (isFragment(b)) {
                continue;
            }
            try {
                b.start();
            } catch (BundleException e) {
                failures.add(b.getSymbolicName() + ": " + e.getMessage());
            }
        }
        for (Bundle b : bundles) {
            int expected = isFragment(b) ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (b.getState() != expected && failures.stream().noneMatch(f -> f.startsWith(b.getSymbolicName() + ":"))) {
                failures.add(b.getSymbolicName() + ": state " + b.getState() + " instead of " + expected);
            }
        }
        return failures;
    }

    static boolean isFragment(Bundle b) {
        BundleRevision r = b.adapt(BundleRevision.class);
        return r != null && (r.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    private static boolean isExtender(Bundle b) {
        BundleRevision r = b.adapt(BundleRevision.class);
        return r != null && !r.getDeclaredCapabilities("osgi.extender").isEmpty();
    }
}
