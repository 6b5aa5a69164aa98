package coop.essaim.host.pf4j;

import coop.essaim.api.module.ModuleDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The plugin's own files, a jar or a classes folder, read directly: never through its PluginClassLoader, whose
 * {@code getResources} also sees the host's class path (every plugin would then seem to list the services of
 * the core and of the others).
 */
final class PluginFiles {

    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    private final Path root;
    private final boolean jar;

    private PluginFiles(Path root) {
        this.root = root;
        this.jar = Files.isRegularFile(root);
    }

    static PluginFiles of(Path jarOrFolder) {
        return new PluginFiles(jarOrFolder);
    }

    Path root() {
        return root;
    }

    /** The plugin's descriptor; a file that is no plugin at all says why. */
    ModuleDescriptor descriptor() throws UnreadablePluginException {
        Manifest manifest = manifest();
        if (!ModuleDescriptor.isModule(manifest)) {
            throw new UnreadablePluginException("not an Essaim plugin: its manifest has no "
                    + ModuleDescriptor.PLUGIN_ID + " header");
        }
        try {
            return ModuleDescriptor.fromManifest(manifest);
        } catch (IllegalArgumentException e) {
            throw new UnreadablePluginException(e.getMessage(), e);
        }
    }

    Manifest manifest() throws UnreadablePluginException {
        if (jar) {
            try (JarFile jf = new JarFile(root.toFile())) {
                Manifest m = jf.getManifest();
                if (m == null) {
                    throw new UnreadablePluginException("not an Essaim plugin: the jar has no " + MANIFEST);
                }
                return m;
            } catch (IOException e) {
                throw new UnreadablePluginException("not a readable jar (" + e.getMessage() + ")", e);
            }
        }
        Path file = root.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new UnreadablePluginException("not an Essaim plugin: the folder has no " + MANIFEST);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new Manifest(in);
        } catch (IOException e) {
            throw new UnreadablePluginException("cannot read " + file + " (" + e.getMessage() + ")", e);
        }
    }

    Optional<URL> entry(String path) {
        String p = strip(path);
        try {
            if (jar) {
                try (JarFile jf = new JarFile(root.toFile())) {
                    ZipEntry e = jf.getEntry(p);
                    return e == null || e.isDirectory() ? Optional.empty() : Optional.of(jarUrl(p));
                }
            }
            Path f = root.resolve(p);
            return Files.isRegularFile(f) ? Optional.of(f.toUri().toURL()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
    }

    List<String> entries(String folder) {
        String prefix = strip(folder);
        prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        List<String> out = new ArrayList<>();
        try {
            if (jar) {
                try (JarFile jf = new JarFile(root.toFile())) {
                    Enumeration<? extends ZipEntry> all = jf.entries();
                    while (all.hasMoreElements()) {
                        String n = all.nextElement().getName();
                        if (n.startsWith(prefix) && n.length() > prefix.length() && n.indexOf('/', prefix.length()) < 0) {
                            out.add(n.substring(prefix.length()));
                        }
                    }
                }
            } else {
                Path dir = root.resolve(prefix);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.list(dir)) {
                        files.filter(Files::isRegularFile).forEach(f -> out.add(f.getFileName().toString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
        out.sort(null);
        return out;
    }

    private URL jarUrl(String entry) throws MalformedURLException {
        return new URL("jar:" + root.toUri() + "!/" + entry);
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
