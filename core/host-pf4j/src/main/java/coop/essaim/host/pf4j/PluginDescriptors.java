package coop.essaim.host.pf4j;

import coop.essaim.api.module.ModuleDependency;
import coop.essaim.api.module.ModuleDescriptor;
import org.pf4j.DefaultPluginDescriptor;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginManager;
import org.pf4j.PluginRuntimeException;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The descriptor PF4J works with, made from Essaim's reading of the manifest. It carries only what PF4J needs
 * to wire class loaders: the id and the dependencies that PF4J holds right now. The kernel has already checked
 * the core version and every dependency (a plugin is only loaded once its required dependencies started), so
 * a dependency PF4J does not hold is a core module, which the host's class loader provides anyway; versions
 * are left out for the same reason.
 */
final class PluginDescriptors implements PluginDescriptorFinder {

    private final PluginManager manager;

    PluginDescriptors(PluginManager manager) {
        this.manager = manager;
    }

    @Override
    public boolean isApplicable(Path pluginPath) {
        return Files.exists(pluginPath);
    }

    @Override
    public PluginDescriptor find(Path pluginPath) {
        ModuleDescriptor d;
        try {
            d = PluginFiles.of(pluginPath).descriptor();
        } catch (UnreadablePluginException e) {
            throw new PluginRuntimeException(e, "{}: {}", pluginPath, e.getMessage());
        }
        DefaultPluginDescriptor out = new DefaultPluginDescriptor(d.id(), d.name(), null, d.version(), "*", null, null);
        for (ModuleDependency dep : d.dependencies()) {
            if (manager.getPlugin(dep.id()) != null) {
                out.addDependency(new PluginDependency(dep.optional() ? dep.id() + "?" : dep.id()));
            }
        }
        return out;
    }
}
