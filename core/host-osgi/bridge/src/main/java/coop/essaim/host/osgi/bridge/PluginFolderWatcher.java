package coop.essaim.host.osgi.bridge;

import coop.essaim.kernel.module.ModuleRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Watches the plugins folder for jars that are not modules at all. FileInstall installs what it can and only
 * logs a jar it cannot open; such a jar must still show on the "Modules" page with the reason, so this polls
 * the folder every second and reports a jar that cannot be opened or has no manifest to
 * {@link ModuleRegistry#reportUnreadable}, and forgets it when it is removed or repaired. A jar is inspected
 * once its size and date stayed the same for a poll, so a jar still being copied is not reported.
 */
final class PluginFolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PluginFolderWatcher.class);

    private final Path folder;
    private final ModuleRegistry modules;
    private final ModuleWorker worker;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "essaim-plugins-folder");
        t.setDaemon(true);
        return t;
    });
    /** Last seen signature (size and date) of each jar, and the signature last inspected. */
    private final Map<String, String> seen = new HashMap<>();
    private final Map<String, String> inspected = new HashMap<>();
    private final Set<String> reported = new HashSet<>();

    PluginFolderWatcher(Path folder, ModuleRegistry modules, ModuleWorker worker) {
        this.folder = folder;
        this.modules = modules;
        this.worker = worker;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::pollSafely, 0, 1, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.error("watching {} failed: {}", folder, e.getMessage(), e);
        }
    }

    /** One look at the folder; package-visible for tests. */
    synchronized void poll() {
        Map<String, String> now = jars();
        for (Map.Entry<String, String> jar : now.entrySet()) {
            String name = jar.getKey();
            String signature = jar.getValue();
            boolean stable = signature.equals(seen.get(name));
            if (stable && !signature.equals(inspected.get(name))) {
                inspected.put(name, signature);
                Optional<String> problem = problemOf(folder.resolve(name));
                if (problem.isPresent()) {
                    reported.add(name);
                    LOG.warn("plugin {} is unreadable: {}", name, problem.get());
                    worker.submit("reporting " + name, () -> modules.reportUnreadable(name, problem.get()));
                } else if (reported.remove(name)) {
                    worker.submit("forgetting " + name, () -> modules.forgetUnreadable(name));
                }
            }
        }
        seen.keySet().retainAll(now.keySet());
        seen.putAll(now);
        inspected.keySet().retainAll(now.keySet());
        for (String gone : Set.copyOf(reported)) {
            if (!now.containsKey(gone)) {
                reported.remove(gone);
                worker.submit("forgetting " + gone, () -> modules.forgetUnreadable(gone));
            }
        }
    }

    /** True once every jar present has been inspected (the first look at the folder is complete). */
    synchronized boolean settled() {
        Map<String, String> now = jars();
        return now.entrySet().stream().allMatch(e -> e.getValue().equals(inspected.get(e.getKey())));
    }

    /** Jars that FileInstall can install as bundles (it skips the others). */
    synchronized Set<String> readableJars() {
        Set<String> out = new HashSet<>(jars().keySet());
        out.removeAll(reported);
        return out;
    }

    private Map<String, String> jars() {
        Map<String, String> out = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path p : ds) {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        out.put(p.getFileName().toString(), a.size() + "@" + a.lastModifiedTime().toMillis());
                    }
                } catch (IOException goneMeanwhile) {
                    // removed between listing and reading: the next poll sees it gone
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", folder, e.getMessage());
        }
        return out;
    }

    static Optional<String> problemOf(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest == null
                    ? Optional.of("the jar has no META-INF/MANIFEST.MF: it is not a plugin")
                    : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of("the jar cannot be opened (" + e.getMessage() + "): it is damaged or not a jar");
        }
    }
}
