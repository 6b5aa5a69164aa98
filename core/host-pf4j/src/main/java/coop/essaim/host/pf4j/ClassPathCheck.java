package coop.essaim.host.pf4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Whether a class loader already sees a classes folder (a plugin under test that is on the test class path). */
final class ClassPathCheck {

    private ClassPathCheck() {
    }

    static boolean isOnClassPath(Path folder, ClassLoader loader) {
        Optional<Path> someClass = firstClassFile(folder);
        if (someClass.isEmpty()) {
            return false;
        }
        String resource = folder.relativize(someClass.get()).toString().replace('\\', '/');
        URL seen = loader.getResource(resource);
        if (seen == null || !"file".equals(seen.getProtocol())) {
            return false;
        }
        try {
            return Files.isSameFile(Path.of(seen.toURI()), someClass.get());
        } catch (URISyntaxException | IOException e) {
            return false;
        }
    }

    private static Optional<Path> firstClassFile(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".class"))
                    .filter(f -> !f.getFileName().toString().equals("module-info.class"))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
