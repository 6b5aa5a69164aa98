package coop.essaim.host.osgi.bridge;

import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.kernel.host.ModuleSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

import java.net.URL;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * A bundle as the kernel sees a module: descriptor from the bundle's manifest headers, classes through the
 * bundle's wiring, files from the bundle's own jar (never from what it imports).
 *
 * <p>A plugin bundle that cannot be used (the framework cannot resolve it, or it is not an OSGi R4 bundle) is
 * presented too, with {@code unusable} set: its descriptor still reads, so the "Modules" page names the module,
 * and every attempt to read its classes or files fails with the reason, which the kernel records.
 */
final class BundleModuleSource implements ModuleSource {

    private final Bundle bundle;
    private final String location;
    private final ModuleDescriptor knownDescriptor;
    private final String unusable;

    private BundleModuleSource(Bundle bundle, String location, ModuleDescriptor knownDescriptor, String unusable) {
        this.bundle = bundle;
        this.location = location;
        this.knownDescriptor = knownDescriptor;
        this.unusable = unusable;
    }

    /** A plugin bundle, described by its own Plugin-* headers. */
    static BundleModuleSource of(Bundle bundle) {
        return new BundleModuleSource(bundle, locationOf(bundle), null, null);
    }

    /** The kernel bundle as module "core": its descriptor comes from the kernel, not from headers. */
    static BundleModuleSource core(Bundle kernelBundle, ModuleDescriptor descriptor) {
        return new BundleModuleSource(kernelBundle, locationOf(kernelBundle), descriptor, null);
    }

    /** A plugin bundle that cannot run, for the reason given. */
    static BundleModuleSource unusable(Bundle bundle, String reason) {
        return new BundleModuleSource(bundle, locationOf(bundle), null, reason);
    }

    /** The jar's file name: what the plugins folder shows and what the "Modules" page calls the source. */
    static String locationOf(Bundle bundle) {
        return fileName(bundle.getLocation());
    }

    static String fileName(String location) {
        String s = location;
        int query = s.indexOf('?');
        if (query >= 0) {
            s = s.substring(0, query);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        int colon = s.lastIndexOf(':');
        return s.substring(Math.max(slash, colon) + 1);
    }

    /** The raw (unlocalised) headers of the bundle as a jar manifest, for {@link ModuleDescriptor#fromManifest}. */
    static Manifest manifestOf(Bundle bundle) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Dictionary<String, String> headers = bundle.getHeaders("");
        for (Enumeration<String> keys = headers.keys(); keys.hasMoreElements(); ) {
            String key = keys.nextElement();
            try {
                main.putValue(key, headers.get(key));
            } catch (IllegalArgumentException notAManifestName) {
                // a header name a jar manifest cannot hold is of no use to the module descriptor
            }
        }
        return manifest;
    }

    static boolean isModule(Bundle bundle) {
        return bundle.getHeaders("").get(ModuleDescriptor.PLUGIN_ID) != null;
    }

    Bundle bundle() {
        return bundle;
    }

    boolean usable() {
        return unusable == null;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public ModuleDescriptor descriptor() {
        return knownDescriptor != null ? knownDescriptor : ModuleDescriptor.fromManifest(manifestOf(bundle));
    }

    @Override
    public ClassLoader classLoader() {
        requireUsable();
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        ClassLoader loader = wiring == null ? null : wiring.getClassLoader();
        if (loader == null) {
            throw new IllegalStateException("bundle " + bundle.getSymbolicName() + " is not resolved (state "
                    + bundle.getState() + ")");
        }
        return loader;
    }

    @Override
    public Optional<URL> entry(String path) {
        requireUsable();
        return Optional.ofNullable(bundle.getEntry(path));
    }

    @Override
    public List<String> entries(String folder) {
        requireUsable();
        String prefix = folder.startsWith("/") ? folder.substring(1) : folder;
        prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        List<String> names = new ArrayList<>();
        Enumeration<String> paths = bundle.getEntryPaths(prefix);
        if (paths != null) {
            while (paths.hasMoreElements()) {
                String p = paths.nextElement();
                if (!p.endsWith("/") && p.startsWith(prefix)) {
                    names.add(p.substring(prefix.length()));
                }
            }
        }
        names.sort(null);
        return names;
    }

    private void requireUsable() {
        if (unusable != null) {
            throw new IllegalStateException(unusable);
        }
    }

    @Override
    public String toString() {
        return "BundleModuleSource[" + location + ", bundle " + bundle.getBundleId() + "]";
    }
}
