package coop.essaim.kernel.module;

import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.kernel.host.ModuleSource;

import java.util.List;

/**
 * The modules of the installation. Hosts call {@link #install}/{@link #uninstall} as jars come and go;
 * the registry checks {@code Plugin-Requires} against the core version and {@code Plugin-Dependencies}
 * against started modules, applies the module's migrations, builds its persistence unit, reads its
 * extensions from {@code META-INF/services} of its own jar, starts it, and re-examines waiting modules
 * whenever another one starts or stops. A module that fails is recorded with the reason and never takes
 * the others down. Thread-safe: hosts call it from their own threads.
 */
public interface ModuleRegistry extends ModuleCatalog {

    /** A module appeared (or was replaced: same location installed again). Never throws for a bad module. */
    void install(ModuleSource source);

    /** The module loaded from {@code location} went away: stop it, unpublish its extensions. */
    void uninstall(String location);

    /** A jar in the plugins folder could not be read as a module at all (corrupt zip, no manifest...). */
    void reportUnreadable(String location, String reason);

    /** Forget an unreadable jar that was removed from the plugins folder. */
    void forgetUnreadable(String location);

    /** The extensions of started modules (core first), for one extension point. */
    <T> List<Extension<T>> extensions(Class<T> point);

    @Override
    default <T> List<T> implementations(Class<T> point) {
        return extensions(point).stream().map(Extension::instance).toList();
    }

    /**
     * The context of a started module: how its web pages (which the core, not the module, instantiates) reach
     * the module's store and the services it was given. Empty when no module of that id is started.
     */
    java.util.Optional<coop.essaim.api.module.ModuleContext> context(String moduleId);

    /** Class loaders of the started modules, core first: the web layer's class resolver searches them. */
    List<ClassLoader> classLoaders();

    void addListener(ModuleListener listener);

    void removeListener(ModuleListener listener);
}
