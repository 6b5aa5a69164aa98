package coop.essaim.itest;

import coop.essaim.api.module.ModuleState;
import coop.essaim.api.module.ModuleStatus;
import coop.essaim.kernel.Kernel;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import javax.inject.Inject;
import java.net.http.HttpResponse;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** An empty installation: setup first, then the login page; the core module and the health endpoint. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FirstRunIT {

    @Inject
    private BundleContext context;

    @Inject
    private Kernel kernel;

    private Server server;

    @Configuration
    public Option[] config() {
        return EssaimRuntime.options(FirstRunIT.class);
    }

    @Before
    public void serverAnswers() throws Exception {
        server = new Server(context);
        server.awaitHealth();
    }

    @Test
    public void emptyInstallationSendsToSetupThenServesTheLoginPage() throws Exception {
        assertTrue("fresh data folder", kernel.setup().needed());
        HttpResponse<String> first = server.get("");
        assertEquals(302, first.statusCode());
        assertTrue(first.headers().firstValue("Location").orElse(""), first.headers().firstValue("Location").orElse("").endsWith("/setup"));
        assertEquals(200, server.browse("").statusCode());

        server.ensureCooperative(kernel);

        HttpResponse<String> again = server.get("");
        assertEquals(302, again.statusCode());
        assertTrue(again.headers().firstValue("Location").orElse("").endsWith("/login"));
        HttpResponse<String> login = server.browse("");
        assertEquals(200, login.statusCode());
        assertTrue(login.body(), login.body().contains("name=\"login\"") && login.body().contains("type=\"password\""));
        assertTrue(login.body(), login.body().contains("lang=\"fr\""));

        server.login(Server.ADMIN, Server.ADMIN_PASSWORD);
    }

    @Test
    public void coreModuleIsRegisteredAndHealthAnswers() throws Exception {
        ModuleStatus core = kernel.modules().module("core").orElseThrow();
        assertEquals(ModuleState.STARTED, core.state());
        assertTrue(core.core());
        assertEquals(kernel.version(), core.descriptor().version());

        HttpResponse<String> health = server.get("api/v1/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body(), health.body().contains("\"status\":\"UP\"") && health.body().contains("\"host\":\"osgi\""));
    }
}
