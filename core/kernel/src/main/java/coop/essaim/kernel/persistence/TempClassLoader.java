package coop.essaim.kernel.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The throw-away loader JPA asks for while it inspects entities: defines the managed classes itself (their
 * bytes read from the real loader) and delegates everything else. Works over any loader that serves class
 * bytes as resources: URLClassLoader, a PF4J plugin loader, an OSGi bundle loader.
 */
final class TempClassLoader extends ClassLoader {

    private final ClassLoader real;
    private final Set<String> managed;

    TempClassLoader(ClassLoader real, List<String> managed) {
        super(real);
        this.real = real;
        this.managed = new HashSet<>(managed);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!managed.contains(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                try (InputStream in = real.getResourceAsStream(name.replace('.', '/') + ".class")) {
                    if (in == null) {
                        throw new ClassNotFoundException(name);
                    }
                    byte[] b = in.readAllBytes();
                    c = defineClass(name, b, 0, b.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }
}
