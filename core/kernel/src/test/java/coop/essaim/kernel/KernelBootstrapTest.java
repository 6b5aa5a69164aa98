package coop.essaim.kernel;

import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.module.ModuleLifecycle;
import coop.essaim.api.module.ModuleState;
import coop.essaim.api.module.ModuleStatus;
import coop.essaim.api.persistence.PersistenceContribution;
import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.kernel.testing.ModuleJar;
import coop.essaim.kernel.testing.ModuleJarBuilder;
import coop.essaim.kernel.testing.Probe;
import coop.essaim.kernel.testing.TestDatabase;
import coop.essaim.testmodules.notes.NoteEntity;
import coop.essaim.testmodules.notes.NotesLifecycle;
import coop.essaim.testmodules.notes.NotesPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelBootstrapTest {

    @TempDir
    Path home;

    @Test
    void startsTheCoreRunsModulesAndRestartsOnTheSameDatabase() throws Exception {
        Probe.EVENTS.clear();
        HostEnvironment env = new HostEnvironment(home, home.resolve("data"), "test", false);
        try (TestDatabase db = TestDatabase.create(home);
             ModuleJar notes = ModuleJarBuilder.module("notes", "1.0.0").requires(">=0.1.0")
                     .addClass(NoteEntity.class)
                     .service(PersistenceContribution.class, NotesPersistence.class)
                     .service(ModuleLifecycle.class, NotesLifecycle.class)
                     .copyResource(NotesPersistence.FOLDER + "/V202601010900__notes.sql")
                     .open(home.resolve("plugins/notes.jar"))) {
            db.writeConfig(home);
            long coreMigrations;
            try (Kernel kernel = KernelBootstrap.start(env)) {
                assertEquals(KernelBootstrap.coreVersion(), kernel.version());
                ModuleStatus core = kernel.modules().modules().get(0);
                assertEquals("core", core.id());
                assertEquals(ModuleState.STARTED, core.state());
                assertSame(kernel.modules(), kernel.service(ModuleCatalog.class));
                coreMigrations = count(kernel, "SELECT COUNT(*) FROM ESSAIM_SCHEMA_HISTORY WHERE MODULE_ID = 'core'");
                assertTrue(coreMigrations > 0, "the core's own migrations ran");

                kernel.modules().install(notes.source());
                assertEquals(ModuleState.STARTED, kernel.modules().module("notes").orElseThrow().state(),
                        kernel.modules().module("notes").orElseThrow().reason());
                assertEquals(1, count(kernel, "SELECT COUNT(*) FROM TNOTE_NOTE"));
            }
            assertEquals("stop:notes", Probe.EVENTS.get(Probe.EVENTS.size() - 1), "close stopped the module");

            try (Kernel again = KernelBootstrap.start(env)) {
                assertEquals(coreMigrations,
                        count(again, "SELECT COUNT(*) FROM ESSAIM_SCHEMA_HISTORY WHERE MODULE_ID = 'core'"),
                        "nothing applied twice");
                assertEquals(1, count(again, "SELECT COUNT(*) FROM TNOTE_NOTE"), "the module's data survived");
            }
        }
    }

    private static long count(Kernel kernel, String sql) throws Exception {
        try (Connection c = kernel.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
