package coop.essaim.host.pf4j;

import coop.essaim.api.module.ModuleDescriptor;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The PF4J side of the host: reads plugins, loads them on demand, unloads them. Every PF4J call goes through
 * one lock, because PF4J is not thread-safe and both the folder watcher and the kernel (asking a waiting
 * module's class loader when its dependency starts) call in. This class never calls the kernel while holding
 * the lock, so it cannot deadlock with the kernel's own lock.
 *
 * <p>A jar is loaded from a private copy under {@code <data>/pf4j}, never from the plugins folder: an
 * administrator may overwrite or delete the original while it runs, and a new copy per load means the JDK's
 * cache of open jar files can never serve the classes of a replaced jar.
 */
final class Pf4jPlugins implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pf4jPlugins.class);

    private final EssaimPluginManager manager;
    private final Path copies;
    private final AtomicLong copyNumber = new AtomicLong();
    private final Object lock = new Object();

    Pf4jPlugins(Path pluginsFolder, Path workFolder) {
        this.copies = workFolder.resolve("jars");
        deleteTree(copies);
        try {
            Files.createDirectories(copies);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + copies, e);
        }
        this.manager = new EssaimPluginManager(pluginsFolder);
    }

    /** Reads the plugin at {@code path} (a jar or a classes folder) without loading it. */
    PluginModuleSource open(Path path, String location) throws UnreadablePluginException {
        if (Files.isDirectory(path)) {
            ModuleDescriptor d = PluginFiles.of(path).descriptor();
            return new PluginModuleSource(location, d, PluginFiles.of(path), this);
        }
        Path copy = copyOf(path);
        try {
            PluginFiles files = PluginFiles.of(copy);
            return new PluginModuleSource(location, files.descriptor(), files, this);
        } catch (UnreadablePluginException | RuntimeException e) {
            deleteQuietly(copy);
            throw e;
        }
    }

    ClassLoader classLoader(PluginModuleSource source) {
        String id = source.descriptor().id();
        synchronized (lock) {
            if (manager.holds(id, source.path())) {
                return manager.getPluginClassLoader(id);
            }
            PluginWrapper other = manager.getPlugin(id);
            if (other != null) {
                throw new IllegalStateException("another plugin with the id '" + id + "' is already loaded");
            }
            try {
                manager.loadPlugin(source.path());
            } catch (PluginRuntimeException e) {
                throw new IllegalStateException("PF4J cannot load " + source.location() + ": " + e.getMessage(), e);
            }
            if (!manager.holds(id, source.path())) {
                throw new IllegalStateException("PF4J cannot resolve the dependencies of " + source.location());
            }
            PluginState state = manager.startPlugin(id);
            if (state != PluginState.STARTED) {
                LOG.warn("PF4J left plugin {} in state {}; its classes are loaded all the same", id, state);
            }
            return manager.getPluginClassLoader(id);
        }
    }

    /**
     * Stops and unloads the plugin in PF4J (if it was loaded) and deletes its private copy. Call it after the
     * kernel uninstalled the module: PF4J also unloads the plugins that depend on it, which the kernel has
     * stopped by then (they wait for their dependency).
     */
    void release(PluginModuleSource source) {
        String id = source.descriptor().id();
        synchronized (lock) {
            if (manager.holds(id, source.path())) {
                manager.stopPlugin(id);
                manager.unloadPlugin(id);
            }
        }
        if (source.path().startsWith(copies)) {
            deleteQuietly(source.path());
        }
    }

    /** PF4J's own state of a plugin, for tests and diagnostics; null when PF4J does not hold it. */
    PluginState state(String pluginId) {
        synchronized (lock) {
            PluginWrapper w = manager.getPlugin(pluginId);
            return w == null ? null : w.getPluginState();
        }
    }

    /**
     * Stops then unloads the plugins one at a time: PF4J 3.15.0's {@code stopPlugins()} throws a
     * ConcurrentModificationException (pf4j issue #656).
     */
    @Override
    public void close() {
        synchronized (lock) {
            List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
            for (int i = started.size() - 1; i >= 0; i--) {
                String id = started.get(i).getPluginId();
                try {
                    manager.stopPlugin(id);
                } catch (RuntimeException e) {
                    LOG.warn("PF4J could not stop plugin {}", id, e);
                }
            }
            for (PluginWrapper w : new ArrayList<>(manager.getPlugins())) {
                try {
                    manager.unloadPlugin(w.getPluginId());
                } catch (RuntimeException e) {
                    LOG.warn("PF4J could not unload plugin {}", w.getPluginId(), e);
                }
            }
        }
        deleteTree(copies);
    }

    private Path copyOf(Path jar) throws UnreadablePluginException {
        String name = jar.getFileName().toString();
        String base = name.toLowerCase().endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
        Path copy = copies.resolve(base + "-" + copyNumber.incrementAndGet() + ".jar");
        try {
            Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UnreadablePluginException("cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("cannot delete {}", file, e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(Pf4jPlugins::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("cannot clean {}", root, e);
        }
    }
}
