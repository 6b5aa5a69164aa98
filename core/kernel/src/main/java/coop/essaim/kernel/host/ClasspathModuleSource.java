package coop.essaim.kernel.host;

import coop.essaim.api.module.ModuleDescriptor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A module whose classes a plain class loader already holds and whose own files are a jar or a classes
 * folder: the kernel presenting itself as module "core", a module in a test, the test kit. Entries are read
 * from the root only, never through the class loader, which also sees its parents' files.
 */
public final class ClasspathModuleSource implements ModuleSource {

    private final String location;
    private final ClassLoader classLoader;
    private final Path root;
    private final boolean jar;
    private final Supplier<ModuleDescriptor> descriptor;

    private ClasspathModuleSource(String location, ClassLoader classLoader, Path root,
                                  Supplier<ModuleDescriptor> descriptor) {
        this.location = location;
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        this.root = root;
        this.jar = Files.isRegularFile(root);
        this.descriptor = descriptor;
    }

    /** A module whose descriptor the caller knows (the core reads its version from a resource). */
    public static ClasspathModuleSource of(ModuleDescriptor descriptor, ClassLoader loader, Path jarOrFolder) {
        Objects.requireNonNull(descriptor, "descriptor");
        return new ClasspathModuleSource(jarOrFolder.toString(), loader, jarOrFolder, () -> descriptor);
    }

    /**
     * A module described by its own {@code META-INF/MANIFEST.MF}; a missing or invalid manifest makes
     * {@link #descriptor()} throw, which the registry reports as FAILED with the reason.
     */
    public static ClasspathModuleSource fromManifest(ClassLoader loader, Path jarOrFolder) {
        ClasspathModuleSource[] self = new ClasspathModuleSource[1];
        self[0] = new ClasspathModuleSource(jarOrFolder.toString(), loader, jarOrFolder,
                () -> ModuleDescriptor.fromManifest(self[0].manifest()));
        return self[0];
    }

    /** The jar or classes folder a class was loaded from: "file:" and "jar:file:" locations only. */
    public static Path rootOf(Class<?> anchor) {
        String resource = anchor.getName().replace('.', '/') + ".class";
        URL u = anchor.getClassLoader().getResource(resource);
        if (u == null) {
            throw new IllegalStateException("cannot find " + resource);
        }
        String s = u.toString();
        try {
            if (s.startsWith("jar:file:")) {
                return Path.of(new URL(s.substring(4, s.indexOf("!/"))).toURI());
            }
            if (s.startsWith("file:")) {
                return Path.of(new URL(s.substring(0, s.length() - resource.length())).toURI());
            }
        } catch (MalformedURLException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the location " + s, e);
        }
        throw new IllegalStateException("cannot list the files of " + s + ": this host must present the module "
                + "through its own ModuleSource");
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor.get();
    }

    @Override
    public ClassLoader classLoader() {
        return classLoader;
    }

    @Override
    public Optional<URL> entry(String path) {
        String p = strip(path);
        try {
            if (jar) {
                try (JarFile jf = new JarFile(root.toFile())) {
                    return jf.getEntry(p) == null ? Optional.empty()
                            : Optional.of(new URL("jar:" + root.toUri() + "!/" + p));
                }
            }
            Path f = root.resolve(p);
            return Files.isRegularFile(f) ? Optional.of(f.toUri().toURL()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
    }

    @Override
    public List<String> entries(String folder) {
        String prefix = strip(folder);
        prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        List<String> out = new ArrayList<>();
        try {
            if (jar) {
                try (JarFile jf = new JarFile(root.toFile())) {
                    Enumeration<JarEntry> all = jf.entries();
                    while (all.hasMoreElements()) {
                        String n = all.nextElement().getName();
                        if (n.startsWith(prefix) && n.length() > prefix.length()
                                && n.indexOf('/', prefix.length()) < 0) {
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

    private Manifest manifest() {
        Optional<URL> url = entry("META-INF/MANIFEST.MF");
        if (url.isEmpty()) {
            throw new IllegalArgumentException(location + " has no META-INF/MANIFEST.MF");
        }
        try {
            return new Manifest(new ByteArrayInputStream(Entries.readBytes(url.get())));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the manifest of " + location + ": " + e.getMessage(), e);
        }
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    @Override
    public String toString() {
        return "ClasspathModuleSource[" + location + "]";
    }
}
