package coop.essaim.host.pf4j;

import org.pf4j.ClassLoadingStrategy;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFinder;
import org.pf4j.JarPluginLoader;
import org.pf4j.Plugin;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginStatusProvider;
import org.pf4j.RuntimeMode;
import org.pf4j.ServiceProviderExtensionFinder;
import org.pf4j.VersionManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * PF4J as the embedded host uses it: only for class loading and for wiring a plugin's class loader to the
 * class loaders of the plugins it depends on. Everything else is the kernel's job, so PF4J is told not to
 * interfere:
 * <ul>
 *   <li>no repository: the host loads each plugin by path, one at a time ({@link #loadPlugin(Path)}), so a
 *       bad plugin never aborts loading the others;</li>
 *   <li>the descriptor comes from {@link PluginDescriptors} (Essaim's reading of the manifest);</li>
 *   <li>system version {@code 0.0.0}, every plugin enabled, versions compared as the kernel does: PF4J never
 *       refuses a plugin, the kernel reports INCOMPATIBLE or WAITING_FOR_DEPENDENCY with its reason;</li>
 *   <li>plugins have no {@code Plugin-Class}: a neutral {@link Plugin} stands in, the module's lifecycle is
 *       {@code ModuleLifecycle}, run by the kernel;</li>
 *   <li>a dependency PF4J cannot resolve unloads the plugin instead of throwing (it never should happen, the
 *       kernel checks dependencies first).</li>
 * </ul>
 * Not thread-safe, like PF4J: {@link Pf4jPlugins} serialises every call.
 */
final class EssaimPluginManager extends DefaultPluginManager {

    EssaimPluginManager(Path pluginsRoot) {
        super(pluginsRoot);
        setSystemVersion("0.0.0");
        setResolveRecoveryStrategy(ResolveRecoveryStrategy.IGNORE_PLUGIN_AND_CONTINUE);
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        // never PF4J's development mode (chosen by the system property pf4j.mode): it reads other folders
        return RuntimeMode.DEPLOYMENT;
    }

    @Override
    protected PluginRepository createPluginRepository() {
        return new PluginRepository() {
            @Override
            public List<Path> getPluginPaths() {
                return List.of();
            }

            @Override
            public boolean deletePluginPath(Path pluginPath) {
                // the plugins folder belongs to the administrator: the host never deletes a jar
                return false;
            }
        };
    }

    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
        return new PluginDescriptors(this);
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader()
                .add(new JarPluginLoader(this))
                .add(new ClassesFolderLoader());
    }

    @Override
    protected ExtensionFinder createExtensionFinder() {
        // the kernel reads META-INF/services itself; this finder is only there because PF4J wants one
        return new ServiceProviderExtensionFinder(this);
    }

    @Override
    protected PluginFactory createPluginFactory() {
        return wrapper -> new Plugin() {
        };
    }

    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        return new PluginStatusProvider() {
            @Override
            public boolean isPluginDisabled(String pluginId) {
                return false;
            }

            @Override
            public void disablePlugin(String pluginId) {
                throw new UnsupportedOperationException("the kernel decides which modules run");
            }

            @Override
            public void enablePlugin(String pluginId) {
                // every plugin is enabled
            }
        };
    }

    @Override
    protected VersionManager createVersionManager() {
        return new EssaimVersions();
    }

    /** True when PF4J holds a plugin of this id, loaded from this path. */
    boolean holds(String pluginId, Path path) {
        return getPlugin(pluginId) != null && getPlugin(pluginId).getPluginPath().equals(path);
    }

    /**
     * A folder of compiled classes with {@code META-INF/MANIFEST.MF} at its root (a plugin's
     * {@code target/classes}, for the test kit). When the application class loader already sees that folder
     * (the plugin under test is on the test class path), the plugin's classes are taken from there, parent
     * first, so the test and the kernel share the same classes; otherwise the folder comes first, like a jar.
     */
    private final class ClassesFolderLoader implements PluginLoader {

        @Override
        public boolean isApplicable(Path pluginPath) {
            return Files.isDirectory(pluginPath) && Files.isRegularFile(pluginPath.resolve("META-INF/MANIFEST.MF"));
        }

        @Override
        public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor descriptor) {
            ClassLoader parent = getClass().getClassLoader();
            ClassLoadingStrategy strategy = ClassPathCheck.isOnClassPath(pluginPath, parent)
                    ? ClassLoadingStrategy.APD : ClassLoadingStrategy.PDA;
            PluginClassLoader loader = new PluginClassLoader(EssaimPluginManager.this, descriptor, parent, strategy);
            loader.addFile(pluginPath.toFile());
            return loader;
        }
    }
}
