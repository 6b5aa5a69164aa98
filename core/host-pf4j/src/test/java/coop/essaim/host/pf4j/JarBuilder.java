package coop.essaim.host.pf4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Fabricates plugin jars for host tests: the Plugin-* headers a plugin parent build writes, META-INF/services
 * files, and classes (with their markup and properties) copied from compiled test fixtures. The jar is
 * written beside its target under a temporary name and then moved into place, the way an administrator's
 * copy ends, so a watching host never reads half a jar unless a test wants it to.
 */
final class JarBuilder {

    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, List<String>> services = new TreeMap<>();
    private final Map<String, byte[]> entries = new TreeMap<>();

    private JarBuilder() {
    }

    /** A plugin with the headers every Essaim plugin has, requiring core {@code >=0.1.0}. */
    static JarBuilder plugin(String id) {
        return new JarBuilder().header("Plugin-Id", id).header("Plugin-Version", "0.1.0")
                .header("Plugin-Requires", ">=0.1.0").header("Plugin-Description", "fixture plugin " + id);
    }

    /** A jar with a manifest but none of the Plugin-* headers (a plain library). */
    static JarBuilder library() {
        return new JarBuilder();
    }

    JarBuilder header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    JarBuilder version(String v) {
        return header("Plugin-Version", v);
    }

    JarBuilder requires(String range) {
        return header("Plugin-Requires", range);
    }

    JarBuilder dependencies(String list) {
        return header("Plugin-Dependencies", list);
    }

    /** Every file of the anchor's package and its sub-packages, from the compiled test classes. */
    JarBuilder packageOf(Class<?> anchor) {
        Path root = classesRoot(anchor);
        String pkg = anchor.getPackageName().replace('.', '/');
        try (Stream<Path> files = Files.walk(root.resolve(pkg))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                entries.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the fixture classes of " + pkg, e);
        }
        return this;
    }

    JarBuilder service(Class<?> point, Class<?>... implementations) {
        List<String> names = services.computeIfAbsent(point.getName(), k -> new ArrayList<>());
        for (Class<?> c : implementations) {
            names.add(c.getName());
        }
        return this;
    }

    JarBuilder entry(String path, String text) {
        entries.put(path, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Path writeTo(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Path partial = jar.resolveSibling(jar.getFileName() + ".part");
        Files.write(partial, bytes());
        return Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    byte[] bytes() throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((k, v) -> m.getMainAttributes().putValue(k, v));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, m)) {
            for (Map.Entry<String, List<String>> s : services.entrySet()) {
                put(jar, "META-INF/services/" + s.getKey(), (String.join("\n", s.getValue()) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(jar, e.getKey(), e.getValue());
            }
        }
        return out.toByteArray();
    }

    private static void put(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content);
        jar.closeEntry();
    }

    private static Path classesRoot(Class<?> anchor) {
        try {
            return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code bytes} as they are: a corrupt jar for the tests that want one. */
    static Path garbage(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("PK\u0003\u0004 this is not a zip file".getBytes(StandardCharsets.ISO_8859_1));
        }
        return file;
    }
}
