package coop.essaim.kernel.host;

import coop.essaim.api.module.ModuleDescriptor;

import java.net.URL;
import java.util.List;
import java.util.Optional;

/**
 * A module as a host presents it to the kernel: an OSGi bundle (host-osgi) or a PF4J plugin (host-pf4j),
 * or a folder of classes in the test kit. The kernel never sees OSGi or PF4J types.
 */
public interface ModuleSource {

    /** Where the module came from (jar file name or folder), shown on "Modules". */
    String location();

    /** Read from the manifest (both hosts read the same headers). */
    ModuleDescriptor descriptor();

    /** Loads the module's classes and sees what the module imports. */
    ClassLoader classLoader();

    /** An entry of the module's own jar (not of what it imports), for example a META-INF/services file. */
    Optional<URL> entry(String path);

    /** Names (without folder) of the files directly inside {@code folder} of the module's own jar. */
    List<String> entries(String folder);
}
