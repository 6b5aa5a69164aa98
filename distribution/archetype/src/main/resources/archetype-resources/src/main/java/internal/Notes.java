package ${package}.internal;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import ${package}.api.NotePermissions;

import java.time.Clock;
import java.util.List;

/** The notes of a cooperative. Permissions are checked here, on the server, whatever the page shows. */
public final class Notes {

    private final ModuleStore store;
    private final Clock clock;

    public Notes(ModuleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The notes of the user's cooperative, the newest first. */
    public List<Note> list(UserContext user) {
        user.require(NotePermissions.VIEW);
        return store.read(em -> em.createQuery(
                        "select n from Note n where n.cooperativeId = :c order by n.createdAt desc, n.id desc", Note.class)
                .setParameter("c", user.cooperativeId()).getResultList());
    }

    public Note add(UserContext user, String body) {
        user.require(NotePermissions.EDIT);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > Note.MAX_LENGTH) {
            throw new ValidationException("body", "a note has 1 to " + Note.MAX_LENGTH + " characters");
        }
        Note note = new Note(user.cooperativeId(), text, clock.instant(), user.login());
        store.run(em -> em.persist(note));
        return note;
    }
}
