package coop.essaim.kernel.testing;

import coop.essaim.api.module.ModuleDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Fabricates a module jar the way a plugin build would write it: manifest headers, classes copied from the
 * test classes, {@code META-INF/services} files and other resources. {@link #open} loads it through its own
 * class loader that does NOT see the test's copy of those classes, as a host would.
 */
public final class ModuleJarBuilder {

    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, List<String>> services = new LinkedHashMap<>();
    private final List<String> packages = new ArrayList<>();

    private ModuleJarBuilder() {
    }

    /** A module with {@code Plugin-Id} and {@code Plugin-Version}. */
    public static ModuleJarBuilder module(String id, String version) {
        return empty().header(ModuleDescriptor.PLUGIN_ID, id).header(ModuleDescriptor.PLUGIN_VERSION, version);
    }

    /** No header at all (a plain library jar, or a manifest to break on purpose). */
    public static ModuleJarBuilder empty() {
        return new ModuleJarBuilder();
    }

    public ModuleJarBuilder header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public ModuleJarBuilder requires(String coreRange) {
        return header(ModuleDescriptor.PLUGIN_REQUIRES, coreRange);
    }

    public ModuleJarBuilder dependencies(String list) {
        return header(ModuleDescriptor.PLUGIN_DEPENDENCIES, list);
    }

    /** Copies the class (and its nested classes) from the test class path; its package is hidden from the parent. */
    public ModuleJarBuilder addClass(Class<?> c) {
        String resource = c.getName().replace('.', '/') + ".class";
        files.put(resource, bytesOf(c.getClassLoader(), resource));
        for (Class<?> nested : c.getDeclaredClasses()) {
            addClass(nested);
        }
        String pkg = c.getPackageName();
        if (!packages.contains(pkg)) {
            packages.add(pkg);
        }
        return this;
    }

    /** Lists {@code implementation} in {@code META-INF/services/<point>} and adds its class. */
    public ModuleJarBuilder service(Class<?> point, Class<?> implementation) {
        services.computeIfAbsent(point.getName(), k -> new ArrayList<>()).add(implementation.getName());
        return addClass(implementation);
    }

    /** Lists a class name without adding any class (to fabricate a broken module). */
    public ModuleJarBuilder serviceName(Class<?> point, String className) {
        services.computeIfAbsent(point.getName(), k -> new ArrayList<>()).add(className);
        return this;
    }

    public ModuleJarBuilder resource(String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Copies a resource of the test class path into the jar at the same path. */
    public ModuleJarBuilder copyResource(String path) {
        files.put(path, bytesOf(ModuleJarBuilder.class.getClassLoader(), path));
        return this;
    }

    public Path build(Path jar) {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((k, v) -> m.getMainAttributes().putValue(k, v));
        try {
            Files.createDirectories(jar.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    put(j, f.getKey(), f.getValue());
                }
                for (Map.Entry<String, List<String>> s : services.entrySet()) {
                    put(j, "META-INF/services/" + s.getKey(),
                            (String.join("\n", s.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    /** Builds the jar and opens it as a module (the manifest is read when the registry asks). */
    public ModuleJar open(Path jar) {
        return ModuleJar.open(build(jar), packages);
    }

    private static void put(JarOutputStream j, String name, byte[] bytes) throws IOException {
        j.putNextEntry(new JarEntry(name));
        j.write(bytes);
        j.closeEntry();
    }

    private static byte[] bytesOf(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("not on the test class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
