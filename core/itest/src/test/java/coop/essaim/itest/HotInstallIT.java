package coop.essaim.itest;

import coop.essaim.api.module.ModuleState;
import coop.essaim.api.module.ModuleStatus;
import coop.essaim.api.web.PageContribution;
import coop.essaim.kernel.Kernel;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import javax.inject.Inject;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** A plugin jar dropped into the running server's plugins folder starts; removing it takes it away cleanly. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotInstallIT {

    @Inject
    private BundleContext context;

    @Inject
    private Kernel kernel;

    @Configuration
    public Option[] config() {
        return EssaimRuntime.options(HotInstallIT.class);
    }

    @Test
    public void droppedPluginStartsServesItsPageAndLeavesWhenRemoved() throws Exception {
        Server server = new Server(context);
        server.awaitHealth();
        server.ensureCooperative(kernel);
        server.login(Server.ADMIN, Server.ADMIN_PASSWORD);
        assertEquals(404, server.browse("m/sample/notes").statusCode());

        Fixtures.drop(server.fixtures(), Fixtures.SAMPLE, server.plugins());
        Server.await(() -> "module sample STARTED: " + kernel.modules().modules(), () -> kernel.modules().isStarted("sample"));
        ModuleStatus sample = kernel.modules().module("sample").orElseThrow();
        assertEquals(Fixtures.SAMPLE, sample.source());
        assertEquals("1.0.0", sample.descriptor().version());
        assertTrue("its migration created its table", tableExists("SMP_NOTE"));

        // the page class comes from the dropped jar, never from the probe bundle
        Class<?> pageClass = kernel.modules().extensions(PageContribution.class).stream()
                .filter(e -> e.module().id().equals("sample")).findFirst().orElseThrow()
                .instance().pages().get(0).pageClass();
        assertTrue(FrameworkUtil.getBundle(pageClass).getLocation().endsWith("/" + Fixtures.SAMPLE));
        assertNull(FrameworkUtil.getBundle(HotInstallIT.class).getEntry(pageClass.getName().replace('.', '/') + ".class"));

        var page = server.browse("m/sample/notes");
        assertEquals(page.body(), 200, page.statusCode());
        assertTrue(page.body(), page.body().contains("sample-module-page"));
        assertTrue("its menu entry, translated from its own bundle: " + page.body(), page.body().contains("Notes d’essai"));

        Files.delete(server.plugins().resolve(Fixtures.SAMPLE));
        Server.await(() -> "module sample gone: " + kernel.modules().modules(), () -> kernel.modules().module("sample").isEmpty());
        assertEquals(404, server.browse("m/sample/notes").statusCode());
        assertEquals(200, server.get("api/v1/health").statusCode());
        var home = server.browse("");
        assertEquals(200, home.statusCode());
        assertTrue("the menu forgot the module", !home.body().contains("Notes d’essai"));
        assertTrue(kernel.modules().isStarted("core"));
        assertEquals(ModuleState.STARTED, kernel.modules().module("core").orElseThrow().state());
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection c = kernel.dataSource().getConnection();
             ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }
}
