package coop.essaim.testkit;

import coop.essaim.api.persistence.PersistenceContribution;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.fixture.notes.Note;
import coop.essaim.testkit.fixture.notes.NotesPermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test kit as a plugin author uses it: the plugin under test is a classes folder on the test class path
 * (here target/test-classes, which holds the "notes" fixture with its manifest, services and migration).
 */
class EssaimTestKitTest {

    static final Path PLUGIN = Path.of("target/test-classes");

    @RegisterExtension
    static EssaimTestKit essaim = EssaimTestKit.withPlugins(PLUGIN);

    @Test
    void pluginUnderTestIsStartedThroughTheEmbeddedHost() {
        essaim.assertStarted("notes");
        assertEquals(PLUGIN.toAbsolutePath().toString(), essaim.module("notes").source());
        assertEquals("pf4j", essaim.kernel().environment().hostName());
        assertEquals(1, essaim.extensions(PersistenceContribution.class, "notes").size());
    }

    @Test
    void migrationCreatedThePluginTable() {
        assertTrue(essaim.tableExists("NOTES_NOTE"));
        assertFalse(essaim.tableExists("NOTES_NO_SUCH_TABLE"));
    }

    @Test
    void entityIsPersistedAndReadBackThroughThePluginsStore() {
        long coop = essaim.cooperative().id();
        essaim.store("notes").run(em -> em.persist(new Note(coop, "bonjour")));
        List<Note> notes = essaim.store("notes").read(em -> em.createQuery(
                "select n from Note n where n.cooperativeId = :c", Note.class).setParameter("c", coop).getResultList());
        assertEquals(1, notes.size());
        assertEquals("bonjour", notes.get(0).getBody());
        assertNotNull(notes.get(0).getId());
    }

    @Test
    void usersOfEachRoleGetWhatTheCoreGrantsTheirRole() {
        UserContext adviser = essaim.userWithRole(CoreRoles.ADVISER);
        UserContext entrepreneur = essaim.userWithRole(CoreRoles.ENTREPRENEUR);
        assertTrue(adviser.hasRole(CoreRoles.ADVISER));
        assertEquals(essaim.cooperative().id(), adviser.cooperativeId());
        // the plugin's permission reaches the roles it names by default, and only those
        assertTrue(adviser.can(NotesPermissions.READ), adviser.permissions().toString());
        assertFalse(entrepreneur.can(NotesPermissions.READ), entrepreneur.permissions().toString());
        assertTrue(essaim.administrator().can(NotesPermissions.READ));
        assertThrows(IllegalArgumentException.class, () -> essaim.userWithRole("janitor"));
    }

    @Test
    void storeOfAModuleWithoutEntitiesIsRefused() {
        assertThrows(AssertionError.class, () -> essaim.store("core-does-not-exist"));
    }

    @Test
    void noWebServerUnlessAsked() {
        assertThrows(IllegalStateException.class, essaim::baseUrl);
    }
}
