package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.PostingLine;
import jakarta.persistence.EntityManager;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Which activity ids a posting may name: those of the cooperative's activities, whatever their status. */
final class ActivityIds {

    private ActivityIds() {
    }

    /** The ids among those of {@code lines} that are activities of {@code cooperativeId}. */
    static Set<Long> existing(EntityManager em, long cooperativeId, List<PostingLine> lines) {
        List<Long> ids = lines.stream().filter(Objects::nonNull).map(PostingLine::activityId).filter(id -> id > 0)
                .distinct().toList();
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select a.id from Activity a where a.cooperativeId = :coop"
                + " and a.id in :ids", Long.class).setParameter("coop", cooperativeId).setParameter("ids", ids)
                .getResultList());
    }

    static Set<Long> all(EntityManager em, long cooperativeId) {
        return new HashSet<>(em.createQuery("select a.id from Activity a where a.cooperativeId = :coop", Long.class)
                .setParameter("coop", cooperativeId).getResultList());
    }
}
