package coop.essaim.kernel.testing;

import coop.essaim.kernel.host.ClasspathModuleSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * A fabricated module jar loaded like a host loads a plugin: its own URLClassLoader whose parent (the test
 * class path) hides the module's packages, so its classes and entities come from the jar only.
 */
public final class ModuleJar implements AutoCloseable {

    private final Path path;
    private final URLClassLoader loader;
    private final ClasspathModuleSource source;

    private ModuleJar(Path path, URLClassLoader loader) {
        this.path = path;
        this.loader = loader;
        this.source = ClasspathModuleSource.fromManifest(loader, path);
    }

    public static ModuleJar open(Path jar, List<String> hiddenPackages) {
        ClassLoader parent = new HidingClassLoader(ModuleJar.class.getClassLoader(), hiddenPackages);
        try {
            return new ModuleJar(jar, new URLClassLoader(new URL[]{jar.toUri().toURL()}, parent));
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(jar.toString(), e);
        }
    }

    public Path path() {
        return path;
    }

    public ClassLoader classLoader() {
        return loader;
    }

    public ClasspathModuleSource source() {
        return source;
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class HidingClassLoader extends ClassLoader {
        private final List<String> hidden;

        HidingClassLoader(ClassLoader parent, List<String> hiddenPackages) {
            super(parent);
            this.hidden = hiddenPackages.stream().map(p -> p + ".").toList();
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (hidden.stream().anyMatch(name::startsWith)) {
                throw new ClassNotFoundException(name + " belongs to the module, not to its parent");
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            String asClass = name.replace('/', '.');
            return hidden.stream().anyMatch(asClass::startsWith) ? null : super.getResource(name);
        }
    }
}
