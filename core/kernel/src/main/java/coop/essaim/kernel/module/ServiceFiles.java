package coop.essaim.kernel.module;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.kernel.host.Entries;
import coop.essaim.kernel.host.ModuleSource;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Extensions listed in {@code META-INF/services/<extension point>} of a module's OWN jar (a class loader's
 * getResources would also return the files of its parents, and every module would get the core's).
 */
final class ServiceFiles {

    private ServiceFiles() {
    }

    static <T> List<T> instantiate(Class<T> point, ModuleSource source, ModuleContext context) {
        List<T> out = new ArrayList<>();
        for (String name : classNames(point, source)) {
            out.add(create(point, name, source.classLoader(), context));
        }
        return out;
    }

    static List<String> classNames(Class<?> point, ModuleSource source) {
        String path = "META-INF/services/" + point.getName();
        Optional<URL> url = source.entry(path);
        if (url.isEmpty()) {
            return List.of();
        }
        String text;
        try {
            text = Entries.readText(url.get());
        } catch (IOException e) {
            throw new ModuleStartException("cannot read " + path + ": " + e.getMessage(), e);
        }
        Set<String> names = new LinkedHashSet<>();
        for (String line : text.split("\r?\n")) {
            int hash = line.indexOf('#');
            String name = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** Prefers a public constructor taking the {@link ModuleContext}, else the public no-argument one. */
    static <T> T create(Class<T> point, String className, ClassLoader loader, ModuleContext context) {
        String what = "extension " + className + " (" + point.getSimpleName() + ")";
        Class<?> c;
        try {
            c = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ModuleStartException(what + ": class not found in the module", e);
        }
        if (!point.isAssignableFrom(c)) {
            throw new ModuleStartException(what + ": does not implement " + point.getName());
        }
        try {
            Constructor<?> k;
            Object[] args;
            try {
                k = c.getConstructor(ModuleContext.class);
                args = new Object[]{context};
            } catch (NoSuchMethodException e) {
                k = c.getConstructor();
                args = new Object[0];
            }
            return point.cast(k.newInstance(args));
        } catch (NoSuchMethodException e) {
            throw new ModuleStartException(what + ": needs a public constructor taking a ModuleContext or none", e);
        } catch (InvocationTargetException e) {
            throw new ModuleStartException(what + ": " + Failures.describe(e.getCause()), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new ModuleStartException(what + ": " + Failures.describe(e), e);
        }
    }
}
