package coop.essaim.host.pf4j;

import coop.essaim.kernel.module.ModuleRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Hot install, like FileInstall in the OSGi host: the plugins folder is scanned (every second by
 * {@link EmbeddedHost}); a new jar is installed, a removed one uninstalled, a changed one uninstalled then
 * installed again, a jar that is no plugin reported as unreadable. A new or changed file is only acted on once
 * it is unchanged between two scans, so a jar still being copied is not taken for a corrupt one (the first
 * scan at start does not wait: the files are already there). Scans are serialised; one bad file never stops
 * the others.
 */
final class PluginFolder {

    private static final Logger LOG = LoggerFactory.getLogger(PluginFolder.class);

    private record Stamp(long size, long modified) {
    }

    private record Known(Stamp stamp, PluginModuleSource source) {
    }

    private final Path folder;
    private final Pf4jPlugins plugins;
    private final ModuleRegistry registry;
    private final Map<String, Known> known = new HashMap<>();
    private final Map<String, Stamp> settling = new HashMap<>();

    PluginFolder(Path folder, Pf4jPlugins plugins, ModuleRegistry registry) {
        this.folder = folder;
        this.plugins = plugins;
        this.registry = registry;
    }

    /** One pass over the folder; {@code first} installs what is there without waiting for files to settle. */
    synchronized void scan(boolean first) {
        Map<String, Stamp> now = list();
        for (String gone : new TreeSet<>(difference(known.keySet(), now.keySet()))) {
            guarded(gone, () -> remove(gone));
        }
        settling.keySet().retainAll(now.keySet());
        now.forEach((name, stamp) -> {
            Known k = known.get(name);
            if (k != null && k.stamp().equals(stamp)) {
                settling.remove(name);
                return;
            }
            if (!first && !stamp.equals(settling.put(name, stamp))) {
                return;
            }
            settling.remove(name);
            guarded(name, () -> {
                if (k != null) {
                    remove(name);
                }
                add(name, stamp);
            });
        });
    }

    private void add(String name, Stamp stamp) {
        PluginModuleSource source;
        try {
            source = plugins.open(folder.resolve(name), name);
        } catch (UnreadablePluginException e) {
            known.put(name, new Known(stamp, null));
            LOG.warn("plugins/{} is not readable as a plugin: {}", name, e.getMessage());
            registry.reportUnreadable(name, e.getMessage());
            return;
        }
        known.put(name, new Known(stamp, source));
        LOG.info("installing plugins/{} ({} {})", name, source.descriptor().id(), source.descriptor().version());
        registry.install(source);
    }

    private void remove(String name) {
        Known k = known.remove(name);
        if (k == null) {
            return;
        }
        if (k.source() == null) {
            registry.forgetUnreadable(name);
            return;
        }
        LOG.info("uninstalling plugins/{} ({})", name, k.source().descriptor().id());
        try {
            registry.uninstall(name);
        } finally {
            plugins.release(k.source());
        }
    }

    private Map<String, Stamp> list() {
        Map<String, Stamp> out = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".jar")).forEach(f -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        out.put(f.getFileName().toString(), new Stamp(a.size(), a.lastModifiedTime().toMillis()));
                    }
                } catch (IOException e) {
                    // removed between the listing and now: the next scan sees it gone
                    LOG.debug("cannot read the attributes of {}", f, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", folder, e.getMessage());
        }
        return out;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static void guarded(String name, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("plugins/{}: {}", name, e.toString(), e);
        }
    }
}
