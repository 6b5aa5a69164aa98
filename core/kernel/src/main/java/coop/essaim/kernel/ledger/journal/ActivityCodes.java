package coop.essaim.kernel.ledger.journal;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.kernel.people.StructureActivity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The analytic codes of a cooperative's activities, both ways: a journal names an activity by its code
 * ({@code 706000:COUTURE}), the ledger by its id. One query per import or export (20,000 activities fit).
 *
 * <p>A journal posting without an activity goes to the cooperative's own structure ({@link StructureActivity}).
 */
final class ActivityCodes {

    static final String STRUCTURE = StructureActivity.CODE;

    private final Map<String, Long> byCode = new HashMap<>();
    private final Map<Long, String> byId = new HashMap<>();

    private ActivityCodes() {
    }

    static ActivityCodes of(ModuleStore store, long cooperativeId) {
        ActivityCodes codes = new ActivityCodes();
        store.read(em -> {
            for (Object[] row : em.createQuery("select a.id, a.analyticCode from Activity a"
                    + " where a.cooperativeId = :coop", Object[].class).setParameter("coop", cooperativeId)
                    .getResultList()) {
                long id = ((Number) row[0]).longValue();
                String code = ((String) row[1]).strip();
                codes.byCode.put(code, id);
                codes.byId.put(id, code);
            }
            return null;
        });
        return codes;
    }

    Optional<Long> id(String code) {
        return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    Optional<Long> structure() {
        return Optional.ofNullable(byCode.get(STRUCTURE));
    }

    /** The code, or {@code #<id>} for a posting whose activity the people core does not know. */
    String code(long id) {
        String code = byId.get(id);
        return code != null ? code : "#" + id;
    }
}
