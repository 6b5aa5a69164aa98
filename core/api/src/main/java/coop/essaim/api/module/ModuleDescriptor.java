package coop.essaim.api.module;

import java.util.List;
import java.util.Objects;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * What a module says about itself, read from its jar manifest by both hosts: {@code Plugin-Id},
 * {@code Plugin-Version}, {@code Plugin-Requires} (a core version range such as {@code >=0.1.0}),
 * {@code Plugin-Dependencies} (comma separated ids, {@code id@>=1.0} allowed, {@code id?} optional),
 * {@code Plugin-Description} or {@code Bundle-Name} for the name, and {@code Essaim-Messages}, the base name
 * of the module's translation bundle.
 */
public record ModuleDescriptor(String id, String version, String name, String requiresCore,
                               List<ModuleDependency> dependencies, String messagesBundle) {

    public static final String PLUGIN_ID = "Plugin-Id";
    public static final String PLUGIN_VERSION = "Plugin-Version";
    public static final String PLUGIN_REQUIRES = "Plugin-Requires";
    public static final String PLUGIN_DEPENDENCIES = "Plugin-Dependencies";
    public static final String PLUGIN_DESCRIPTION = "Plugin-Description";
    public static final String ESSAIM_MESSAGES = "Essaim-Messages";

    public ModuleDescriptor {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z][a-z0-9-]{1,62}")) {
            throw new IllegalArgumentException("Plugin-Id '" + id + "': expected lower-case letters, digits and dashes");
        }
        Objects.requireNonNull(version, "version");
        name = name == null || name.isBlank() ? id : name;
        requiresCore = requiresCore == null || requiresCore.isBlank() ? "*" : requiresCore.trim();
        dependencies = List.copyOf(dependencies == null ? List.of() : dependencies);
    }

    /** True when the manifest declares a module at all (a plain library bundle does not). */
    public static boolean isModule(Manifest manifest) {
        return manifest != null && manifest.getMainAttributes().getValue(PLUGIN_ID) != null;
    }

    /** Reads the descriptor; throws {@link IllegalArgumentException} naming the faulty header. */
    public static ModuleDescriptor fromManifest(Manifest manifest) {
        Attributes a = manifest.getMainAttributes();
        String id = a.getValue(PLUGIN_ID);
        if (id == null) {
            throw new IllegalArgumentException("manifest has no " + PLUGIN_ID + " header");
        }
        String version = a.getValue(PLUGIN_VERSION);
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("module '" + id + "': missing " + PLUGIN_VERSION + " header");
        }
        String name = a.getValue(PLUGIN_DESCRIPTION);
        if (name == null) {
            name = a.getValue("Bundle-Name");
        }
        return new ModuleDescriptor(id.trim(), version.trim(), name, a.getValue(PLUGIN_REQUIRES),
                ModuleDependency.parseList(a.getValue(PLUGIN_DEPENDENCIES)), a.getValue(ESSAIM_MESSAGES));
    }
}
