package coop.essaim.itest;

import coop.essaim.api.module.ModuleState;
import coop.essaim.api.module.ModuleStatus;
import coop.essaim.kernel.Kernel;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import javax.inject.Inject;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Plugins that cannot run are each listed with the reason, on the registry and on the "Modules" page, and
 * never take the server down: a failing start, a newer core required, a missing dependency, a bundle the
 * framework cannot resolve, a corrupt jar.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BrokenModulesIT {

    @Inject
    private BundleContext context;

    @Inject
    private Kernel kernel;

    @Configuration
    public Option[] config() {
        return EssaimRuntime.options(BrokenModulesIT.class);
    }

    @Test
    public void brokenPluginsAreListedWithTheirReasonAndTheServerKeepsServing() throws Exception {
        Server server = new Server(context);
        server.awaitHealth();
        server.ensureCooperative(kernel);
        for (String jar : List.of(Fixtures.FAILING, Fixtures.NEWER_CORE, Fixtures.MISSING_DEPENDENCY,
                Fixtures.UNRESOLVED, Fixtures.CORRUPT, Fixtures.SAMPLE)) {
            Fixtures.drop(server.fixtures(), jar, server.plugins());
        }
        Server.await(() -> "all six listed: " + kernel.modules().modules(), () -> kernel.modules().modules().size() == 7
                && kernel.modules().isStarted("sample"));

        ModuleStatus failing = status("failing");
        assertEquals(ModuleState.FAILED, failing.state());
        assertTrue(failing.reason(), failing.reason().contains(Fixtures.FAILING_MESSAGE));

        ModuleStatus newer = status("newer-core");
        assertEquals(ModuleState.INCOMPATIBLE, newer.state());
        assertTrue(newer.reason(), newer.reason().contains(">=99.0.0"));

        ModuleStatus waiting = status("missing-dependency");
        assertEquals(ModuleState.WAITING_FOR_DEPENDENCY, waiting.state());
        assertTrue(waiting.reason(), waiting.reason().contains("ghost"));

        ModuleStatus unresolved = status("unresolved");
        assertEquals(ModuleState.FAILED, unresolved.state());
        assertTrue(unresolved.reason(), unresolved.reason().contains("coop.essaim.nowhere.api"));

        ModuleStatus corrupt = kernel.modules().modules().stream().filter(s -> s.source().equals(Fixtures.CORRUPT))
                .findFirst().orElseThrow();
        assertNull(corrupt.descriptor());
        assertEquals(ModuleState.FAILED, corrupt.state());
        assertTrue(corrupt.reason(), corrupt.reason().contains("cannot be opened"));

        // the server keeps serving, the working plugin included
        assertEquals(200, server.get("api/v1/health").statusCode());
        server.login(Server.ADMIN, Server.ADMIN_PASSWORD);
        assertEquals(200, server.browse("m/sample/notes").statusCode());
        var modulesPage = server.browse("modules");
        assertEquals(200, modulesPage.statusCode());
        for (String shown : List.of(Fixtures.FAILING_MESSAGE, ">=99.0.0", "ghost", "coop.essaim.nowhere.api", Fixtures.CORRUPT)) {
            assertTrue(shown + " on the Modules page", modulesPage.body().contains(shown.replace(">", "&gt;")));
        }

        Files.delete(server.plugins().resolve(Fixtures.CORRUPT));
        Server.await("corrupt.jar forgotten", () -> kernel.modules().modules().stream()
                .noneMatch(s -> s.source().equals(Fixtures.CORRUPT)));
        Files.delete(server.plugins().resolve(Fixtures.UNRESOLVED));
        Server.await("unresolved module forgotten", () -> kernel.modules().module("unresolved").isEmpty());
        assertFalse(kernel.modules().module("failing").map(s -> s.state() == ModuleState.STARTED).orElse(true));
        assertTrue(kernel.modules().isStarted("sample"));
    }

    private ModuleStatus status(String id) {
        Optional<ModuleStatus> s = kernel.modules().module(id);
        assertTrue(id + " listed: " + kernel.modules().modules(), s.isPresent());
        return s.get();
    }
}
