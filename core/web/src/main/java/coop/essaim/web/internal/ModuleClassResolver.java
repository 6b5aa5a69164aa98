package coop.essaim.web.internal;

import coop.essaim.kernel.module.ModuleRegistry;
import org.apache.wicket.application.IClassResolver;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wicket's class and resource lookup over this bundle and every started module. Wicket asks it to turn class
 * names from URLs into page classes, to deserialise stored pages and to find markup and properties.
 *
 * <p>The module class loaders are read from the registry at every call and nothing is cached (unlike
 * Wicket's {@code AbstractClassResolver}): a re-installed module must never be served from a stale
 * {@link Class} of its previous class loader, and a removed one must not be found at all.
 */
public final class ModuleClassResolver implements IClassResolver {

    private static final Map<String, Class<?>> PRIMITIVES = Map.of(
            "byte", byte.class, "short", short.class, "int", int.class, "long", long.class,
            "float", float.class, "double", double.class, "boolean", boolean.class, "char", char.class);

    private final ModuleRegistry modules;
    private final ClassLoader own;
    private final ClassLoader aggregate;

    public ModuleClassResolver(ModuleRegistry modules, ClassLoader own) {
        this.modules = modules;
        this.own = own;
        // Wicket hands this loader to ObjectInputStream and to code that wants "a" class loader
        this.aggregate = new ClassLoader("essaim-modules", null) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                return ModuleClassResolver.this.resolveClass(name);
            }

            @Override
            protected URL findResource(String name) {
                Iterator<URL> it = ModuleClassResolver.this.getResources(name);
                return it.hasNext() ? it.next() : null;
            }

            @Override
            protected Enumeration<URL> findResources(String name) {
                List<URL> found = new ArrayList<>();
                ModuleClassResolver.this.getResources(name).forEachRemaining(found::add);
                return Collections.enumeration(found);
            }
        };
    }

    private List<ClassLoader> searchOrder() {
        List<ClassLoader> loaders = new ArrayList<>();
        loaders.add(own);
        for (ClassLoader l : modules.classLoaders()) {
            if (l != null && l != own) {
                loaders.add(l);
            }
        }
        return loaders;
    }

    @Override
    public Class<?> resolveClass(String className) throws ClassNotFoundException {
        Class<?> primitive = PRIMITIVES.get(className);
        if (primitive != null) {
            return primitive;
        }
        for (ClassLoader loader : searchOrder()) {
            try {
                // forName also understands array names such as "[Lcoop.essaim.x.Row;"
                return Class.forName(className, false, loader);
            } catch (ClassNotFoundException | NoClassDefFoundError notHere) {
                // try the next module
            }
        }
        throw new ClassNotFoundException(className + " is neither in the web bundle nor in a started module");
    }

    @Override
    public Iterator<URL> getResources(String name) {
        Set<URL> found = new LinkedHashSet<>();
        for (ClassLoader loader : searchOrder()) {
            try {
                Enumeration<URL> e = loader.getResources(name);
                while (e.hasMoreElements()) {
                    found.add(e.nextElement());
                }
            } catch (IOException | IllegalStateException goneMeanwhile) {
                // a module being uninstalled while we look: skip it
            }
        }
        return found.iterator();
    }

    @Override
    public ClassLoader getClassLoader() {
        return aggregate;
    }
}
