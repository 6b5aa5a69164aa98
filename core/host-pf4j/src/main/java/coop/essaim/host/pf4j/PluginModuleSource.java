package coop.essaim.host.pf4j;

import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.kernel.host.ModuleSource;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A PF4J plugin as the kernel sees it. Reading its descriptor and its files never loads it; its class loader
 * is created in PF4J the first time the kernel asks for it, which the kernel only does once the core version
 * and the required dependencies are satisfied. So a plugin whose dependency is missing simply waits
 * (WAITING_FOR_DEPENDENCY) instead of making PF4J fail, and loads as soon as the dependency started.
 */
final class PluginModuleSource implements ModuleSource {

    private final String location;
    private final ModuleDescriptor descriptor;
    private final PluginFiles files;
    private final Pf4jPlugins plugins;

    PluginModuleSource(String location, ModuleDescriptor descriptor, PluginFiles files, Pf4jPlugins plugins) {
        this.location = location;
        this.descriptor = descriptor;
        this.files = files;
        this.plugins = plugins;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    /** Loads the plugin in PF4J if needed; throws {@link IllegalStateException} with the reason if PF4J cannot. */
    @Override
    public ClassLoader classLoader() {
        return plugins.classLoader(this);
    }

    @Override
    public Optional<URL> entry(String path) {
        return files.entry(path);
    }

    @Override
    public List<String> entries(String folder) {
        return files.entries(folder);
    }

    /** The jar (a private copy of the one in the plugins folder) or the classes folder PF4J loads. */
    Path path() {
        return files.root();
    }

    @Override
    public String toString() {
        return "PluginModuleSource[" + location + ", " + descriptor.id() + "]";
    }
}
