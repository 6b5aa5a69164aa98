package coop.essaim.kernel.ledger;

import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes the lettering workflow gave postings (table LEDGER_LETTERING_POSTING), for the reads that show a
 * posting's effective lettering: the code given at post time, else this one. Always asked for one page of
 * postings or entries at most.
 */
public final class LetteringCodes {

    private LetteringCodes() {
    }

    /** The workflow's code by posting id, for the postings of {@code postingIds} that have one. */
    public static Map<Long, String> byPosting(EntityManager em, Collection<Long> postingIds) {
        Map<Long, String> out = new HashMap<>();
        if (postingIds.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select lp.postingId, l.code from LedgerLetteringPosting lp, LedgerLettering l"
                        + " where l.id = lp.letteringId and lp.postingId in :ids", Object[].class)
                .setParameter("ids", List.copyOf(postingIds)).getResultList()) {
            out.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return out;
    }

    /** The workflow's code by entry id and line number, for the postings of the entries {@code entryIds}. */
    static Map<Long, Map<Integer, String>> byEntry(EntityManager em, Collection<Long> entryIds) {
        Map<Long, Map<Integer, String>> out = new HashMap<>();
        if (entryIds.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select p.entryId, p.lineNo, l.code from LedgerLetteringPosting lp,"
                        + " LedgerLettering l, LedgerPosting p where l.id = lp.letteringId and p.id = lp.postingId"
                        + " and p.entryId in :ids", Object[].class)
                .setParameter("ids", List.copyOf(entryIds)).getResultList()) {
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                    .put(((Number) r[1]).intValue(), (String) r[2]);
        }
        return out;
    }
}
