package coop.essaim.host.pf4j;

import coop.essaim.api.module.ModuleLifecycle;
import coop.essaim.api.module.ModuleState;
import coop.essaim.api.module.ModuleStatus;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.module.ModuleRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jars dropped into, replaced in and removed from the plugins folder of a running host (no web server). */
class HotInstallTest {

    @TempDir
    Path home;
    EmbeddedHost host;
    ModuleRegistry modules;
    Path plugins;

    @BeforeEach
    void start() {
        host = EmbeddedHost.configure(Fixtures.options(home)).withoutWeb().start();
        modules = host.kernel().modules();
        plugins = host.pluginsFolder();
    }

    @AfterEach
    void stop() {
        host.stop();
    }

    @Test
    void droppedJarIsInstalledAndRemovedJarUninstalled() throws Exception {
        Fixtures.hello().writeTo(plugins.resolve("hello.jar"));
        Await.state(modules, "hello", ModuleState.STARTED);
        assertEquals("STARTED", host.pf4jState("hello"));

        Files.delete(plugins.resolve("hello.jar"));
        // the kernel forgets the module first, then PF4J unloads the plugin: wait for both
        Await.until("hello uninstalled", () -> modules.module("hello").isEmpty()
                && "null".equals(host.pf4jState("hello")), modules);
        assertEquals("null", host.pf4jState("hello"), "PF4J unloaded the plugin too");
    }

    @Test
    void changedJarIsInstalledAgain() throws Exception {
        Fixtures.hello().writeTo(plugins.resolve("hello.jar"));
        Await.state(modules, "hello", ModuleState.STARTED);
        ClassLoader first = modules.extensions(coop.essaim.api.web.PageContribution.class).stream()
                .filter(e -> e.module().id().equals("hello")).findFirst().orElseThrow().classLoader();

        Fixtures.hello().version("0.2.0").writeTo(plugins.resolve("hello.jar"));
        ModuleStatus s = Await.module(modules, "hello", m -> m.state() == ModuleState.STARTED
                && m.descriptor().version().equals("0.2.0"), "started in version 0.2.0");
        assertEquals("hello.jar", s.source());
        ClassLoader second = modules.extensions(coop.essaim.api.web.PageContribution.class).stream()
                .filter(e -> e.module().id().equals("hello")).findFirst().orElseThrow().classLoader();
        assertNotSame(first, second, "the new jar has a new class loader");
    }

    @Test
    void corruptJarAndJarWithoutPluginIdAreReportedThenForgotten() throws Exception {
        JarBuilder.garbage(plugins.resolve("broken.jar"));
        JarBuilder.library().entry("readme.txt", "a library, not a plugin").writeTo(plugins.resolve("library.jar"));

        ModuleStatus broken = Await.state(modules, "broken.jar", ModuleState.FAILED);
        assertNull(broken.descriptor());
        assertTrue(broken.reason().contains("not a readable jar"), broken.reason());
        ModuleStatus library = Await.state(modules, "library.jar", ModuleState.FAILED);
        assertTrue(library.reason().contains("no Plugin-Id"), library.reason());

        Files.delete(plugins.resolve("broken.jar"));
        Await.until("broken.jar forgotten", () -> modules.module("broken.jar").isEmpty(), modules);
        assertTrue(modules.module("library.jar").isPresent(), "only the removed jar is forgotten");
    }

    @Test
    void missingDependencyWaitsThenStartsWhenTheDependencyArrives() throws Exception {
        Fixtures.dependent().writeTo(plugins.resolve("dependent.jar"));
        ModuleStatus waiting = Await.state(modules, "dependent", ModuleState.WAITING_FOR_DEPENDENCY);
        assertTrue(waiting.reason().contains("base"), waiting.reason());
        assertEquals("null", host.pf4jState("dependent"), "a waiting plugin is not loaded in PF4J");
        // the other plugins are not affected by the missing dependency
        Fixtures.hello().writeTo(plugins.resolve("hello.jar"));
        Await.state(modules, "hello", ModuleState.STARTED);

        Fixtures.base().writeTo(plugins.resolve("base.jar"));
        Await.state(modules, "dependent", ModuleState.STARTED);
        assertEquals(ModuleState.STARTED, modules.module("base").orElseThrow().state());

        // dependent's class loader reached base's through PF4J: the API class is base's, not the test class path's
        ClassLoader baseLoader = extensionLoader(PermissionContribution.class, "base");
        ClassLoader dependentLoader = extensionLoader(ModuleLifecycle.class, "dependent");
        Class<?> seen = (Class<?>) dependentLoader
                .loadClass("coop.essaim.host.pf4j.fixture.dependent.DependentLifecycle")
                .getMethod("greetingSeen").invoke(null);
        assertSame(baseLoader, seen.getClassLoader());

        Files.delete(plugins.resolve("base.jar"));
        Await.state(modules, "dependent", ModuleState.WAITING_FOR_DEPENDENCY);
        Await.until("dependent unloaded by PF4J", () -> "null".equals(host.pf4jState("dependent")), modules);
        assertEquals("null", host.pf4jState("dependent"), "PF4J unloaded the dependent with its dependency");

        Fixtures.base().writeTo(plugins.resolve("base.jar"));
        Await.state(modules, "dependent", ModuleState.STARTED);
    }

    @Test
    void incompatibleCoreIsReportedWithTheReason() throws Exception {
        Fixtures.hello().header("Plugin-Id", "future").requires(">=99.0.0").writeTo(plugins.resolve("future.jar"));
        ModuleStatus s = Await.state(modules, "future", ModuleState.INCOMPATIBLE);
        assertTrue(s.reason().contains(">=99.0.0"), s.reason());
        assertEquals("null", host.pf4jState("future"), "PF4J never loads a plugin the kernel refused");
    }

    @Test
    void pluginOutsideTheFolderAndClassesFolderCanBeInstalled() throws Exception {
        Path jar = Fixtures.base().writeTo(home.resolve("elsewhere/base.jar"));
        assertEquals(ModuleState.STARTED, host.install(jar).state());
        ModuleStatus notAPlugin = host.install(home);
        assertEquals(ModuleState.FAILED, notAPlugin.state());
        assertTrue(notAPlugin.reason().contains("MANIFEST.MF"), notAPlugin.reason());
    }

    private ClassLoader extensionLoader(Class<?> point, String module) {
        return modules.extensions(point).stream().filter(e -> e.module().id().equals(module))
                .map(Extension::classLoader).findFirst().orElseThrow();
    }
}
