package coop.essaim.kernel.people;

import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The activity of the cooperative's own structure: the analytic section of its shared costs and of the
 * contributions the activities pay it. It is a row of the activities table so that postings name it like any
 * other section, found by its reserved analytic code {@link #CODE}; it has no members, never closes and is left
 * out of the people core's activity lists (it is nobody's activity). Created with the cooperative.
 */
public final class StructureActivity {

    public static final String CODE = "STRUCTURE";
    static final String TRADE = "Structure";
    /** A cooperative's legal name may be longer than an activity's. */
    private static final int NAME_LENGTH = 120;

    private StructureActivity() {
    }

    public static Optional<Long> find(EntityManager em, long cooperativeId) {
        return em.createQuery("select a.id from Activity a where a.cooperativeId = :coop and a.analyticCode = :code",
                        Long.class).setParameter("coop", cooperativeId).setParameter("code", CODE)
                .getResultStream().findFirst();
    }

    /** The structure's id, created in the caller's transaction if the cooperative has none yet. */
    public static long ensure(EntityManager em, long cooperativeId, String name, LocalDate start, Instant now,
                              String by) {
        return find(em, cooperativeId).orElseGet(() -> {
            String shown = name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name;
            ActivityEntity a = new ActivityEntity(cooperativeId, shown, null, TRADE, start, CODE, now, by);
            em.persist(a);
            em.flush();
            return a.getId();
        });
    }
}
