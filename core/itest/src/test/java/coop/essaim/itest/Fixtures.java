package coop.essaim.itest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The plugin jars the tests drop into the plugins folder, built from the classes of
 * {@code coop.essaim.itest.fixture.*}. Those live in this module's main classes, not in its test classes: Pax
 * Exam 4 builds its probe bundle from the whole test-classes folder ({@code ignorePackageOf} only writes an
 * {@code Ignore-Package} header, it leaves the classes in), and a fixture class must only ever be loaded from
 * the jar dropped into the plugins folder.
 */
public final class Fixtures {

    /** A working module: a page, a permission, an unwoven entity and its migration. */
    public static final String SAMPLE = "sample-module.jar";
    /** Its ModuleLifecycle.start throws. */
    public static final String FAILING = "failing-module.jar";
    /** Plugin-Requires a core this installation does not have. */
    public static final String NEWER_CORE = "newer-core-module.jar";
    /** Plugin-Dependencies names a module nobody installed (and imports its API package, absent too). */
    public static final String MISSING_DEPENDENCY = "missing-dependency-module.jar";
    /** Imports a package no bundle exports: the framework cannot resolve it. */
    public static final String UNRESOLVED = "unresolved-module.jar";
    /** Not a zip at all. */
    public static final String CORRUPT = "corrupt.jar";

    static final String SAMPLE_PACKAGE = "coop.essaim.itest.fixture.sample";
    static final String FAILING_PACKAGE = "coop.essaim.itest.fixture.failing";
    static final String FAILING_MESSAGE = coop.essaim.itest.fixture.failing.FailingLifecycle.MESSAGE;

    private static final String WEB = "coop.essaim.api.web.PageContribution";
    private static final String PERMISSIONS = "coop.essaim.api.security.PermissionContribution";
    private static final String PERSISTENCE = "coop.essaim.api.persistence.PersistenceContribution";
    private static final String LIFECYCLE = "coop.essaim.api.module.ModuleLifecycle";

    private Fixtures() {
    }

    /** Builds every fixture jar into {@code folder}; {@code classes} is the compiled test classes folder. */
    public static void buildAll(Path classes, Path folder) {
        JarBuilder.plugin("sample", "1.0.0").requiresCore(">=0.1.0").header("Essaim-Messages", SAMPLE_PACKAGE + ".messages")
                .imports("coop.essaim.api.persistence", "coop.essaim.api.security", "coop.essaim.api.web",
                        "coop.essaim.web.ui", "jakarta.persistence", "org.apache.wicket", "org.apache.wicket.markup.html",
                        "org.apache.wicket.markup.html.basic", "org.apache.wicket.model",
                        "org.apache.wicket.request.mapper.parameter")
                .packageFrom(classes, SAMPLE_PACKAGE)
                .service(WEB, SAMPLE_PACKAGE + ".SamplePages")
                .service(PERMISSIONS, SAMPLE_PACKAGE + ".SamplePermissions")
                .service(PERSISTENCE, SAMPLE_PACKAGE + ".SamplePersistence")
                .writeTo(folder.resolve(SAMPLE));
        JarBuilder.plugin("failing", "1.0.0").imports("coop.essaim.api.module")
                .packageFrom(classes, FAILING_PACKAGE)
                .service(LIFECYCLE, FAILING_PACKAGE + ".FailingLifecycle")
                .writeTo(folder.resolve(FAILING));
        JarBuilder.plugin("newer-core", "1.0.0").requiresCore(">=99.0.0")
                .writeTo(folder.resolve(NEWER_CORE));
        JarBuilder.plugin("missing-dependency", "1.0.0").dependencies("ghost@>=1.0.0")
                .imports("coop.essaim.ghost.api")
                .writeTo(folder.resolve(MISSING_DEPENDENCY));
        JarBuilder.plugin("unresolved", "1.0.0").imports("coop.essaim.nowhere.api")
                .writeTo(folder.resolve(UNRESOLVED));
        JarBuilder.corruptJar(folder.resolve(CORRUPT));
    }

    /**
     * Puts a fixture into the watched folder in one step: copied beside the folder first, then moved in, so
     * FileInstall never sees a half-written file.
     */
    public static Path drop(Path fixtures, String name, Path plugins) {
        try {
            Path staging = plugins.resolveSibling(".incoming-" + name);
            Files.copy(fixtures.resolve(name), staging, StandardCopyOption.REPLACE_EXISTING);
            return Files.move(staging, plugins.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
