package coop.essaim.itest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Fabricates plugin jars that are at the same time OSGi bundles and PF4J plugins, as the plugin parent pom
 * builds them: Bundle-* and Import-Package headers, Plugin-* headers, {@code META-INF/services} files, and the
 * classes and resources of one fixture package copied from the test's compiled classes. Runs outside the
 * framework (in Pax Exam's {@code @Configuration}), so it only copies files and never loads a fixture class.
 */
public final class JarBuilder {

    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, List<String>> services = new LinkedHashMap<>();

    private JarBuilder() {
    }

    /** A bundle+plugin with the headers every Essaim plugin has. */
    public static JarBuilder plugin(String id, String version) {
        JarBuilder b = new JarBuilder();
        b.header("Bundle-ManifestVersion", "2");
        b.header("Bundle-SymbolicName", "coop.essaim.itest.fixture." + id.replace('-', '.'));
        b.header("Bundle-Version", version);
        b.header("Bundle-Name", "Fixture " + id);
        b.header("Plugin-Id", id);
        b.header("Plugin-Version", version);
        return b;
    }

    public JarBuilder header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public JarBuilder requiresCore(String range) {
        return header("Plugin-Requires", range);
    }

    public JarBuilder dependencies(String header) {
        return header("Plugin-Dependencies", header);
    }

    public JarBuilder imports(String... packages) {
        return header("Import-Package", String.join(",", packages));
    }

    /** Every file under the package's folder of {@code classesRoot} (classes, markup, translations, SQL). */
    public JarBuilder packageFrom(Path classesRoot, String packageName) {
        Path dir = classesRoot.resolve(packageName.replace('.', '/'));
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no compiled fixture package " + packageName + " under " + classesRoot);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                entries.put(classesRoot.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A {@code META-INF/services/<point>} line for each implementation. */
    public JarBuilder service(String point, String... implementations) {
        services.computeIfAbsent(point, k -> new ArrayList<>()).addAll(List.of(implementations));
        return this;
    }

    public JarBuilder entry(String path, String text) {
        entries.put(path, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public byte[] build() {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach(main::putValue);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, List<String>> s : services.entrySet()) {
                put(jar, "META-INF/services/" + s.getKey(),
                        (String.join("\n", s.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                put(jar, e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public Path writeTo(Path file) {
        return write(file, build());
    }

    /** Bytes that are not a zip at all, under a jar's name. */
    public static Path corruptJar(Path file) {
        return write(file, "this is not a zip file".getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Writes next to the target and moves it in one step, so that a folder watcher never sees half a jar
     * (the temporary name does not end in .jar).
     */
    static Path write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            Files.write(tmp, content);
            return Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content);
        jar.closeEntry();
    }
}
