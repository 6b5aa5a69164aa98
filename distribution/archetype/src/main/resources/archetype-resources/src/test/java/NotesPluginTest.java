#set( $tablePrefix = $pluginId.toUpperCase().replace("-", "_") )
package ${package};

import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;
import ${package}.api.NotePermissions;
import ${package}.internal.Note;
import ${package}.internal.Notes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plugin on the real core: it starts, its migration ran, its entity is stored and permissions hold. */
class NotesPluginTest {

    @RegisterExtension
    static EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes"));

    @Test
    void pluginIsStarted() {
        essaim.assertStarted("${pluginId}");
    }

    @Test
    void migrationCreatedTheTable() {
        assertTrue(essaim.tableExists("${tablePrefix}_NOTE"));
    }

    @Test
    void noteIsPersistedInTheCooperative() {
        long cooperative = essaim.cooperative().id();
        essaim.store("${pluginId}").run(em -> em.persist(new Note(cooperative, "Réunion lundi", Instant.now(), "test")));
        List<Note> stored = essaim.store("${pluginId}").read(em -> em.createQuery(
                "select n from Note n where n.cooperativeId = :c", Note.class).setParameter("c", cooperative).getResultList());
        assertEquals(List.of("Réunion lundi"), stored.stream().map(Note::getBody).toList());
    }

    @Test
    void advisersAddNotesEntrepreneursOnlyReadThem() {
        UserContext adviser = essaim.userWithRole(CoreRoles.ADVISER);
        UserContext entrepreneur = essaim.userWithRole(CoreRoles.ENTREPRENEUR);
        notes().add(adviser, "Prévoir le bilan");
        assertTrue(notes().list(entrepreneur).stream().anyMatch(n -> n.getBody().equals("Prévoir le bilan")));
        assertFalse(entrepreneur.can(NotePermissions.EDIT));
        assertThrows(AccessDeniedException.class, () -> notes().add(entrepreneur, "refusée"));
    }

    /** The notes service as the plugin's pages build it, over the module's own store. */
    private static Notes notes() {
        return new Notes(essaim.store("${pluginId}"), Clock.systemUTC());
    }
}
