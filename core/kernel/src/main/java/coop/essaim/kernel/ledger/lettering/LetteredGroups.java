package coop.essaim.kernel.ledger.lettering;

import coop.essaim.api.ledger.Letter;
import coop.essaim.api.ledger.OpenPosting;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The workflow's matches of an account with their postings, a page at a time, latest first. */
final class LetteredGroups {

    private LetteredGroups() {
    }

    static List<Letter> page(EntityManager em, long cooperativeId, String accountCode, int offset, int limit) {
        List<LetteringEntity> groups = em.createQuery("select l from LedgerLettering l where l.cooperativeId = :coop"
                        + " and l.accountCode = :acc order by l.createdAt desc, l.id desc", LetteringEntity.class)
                .setParameter("coop", cooperativeId).setParameter("acc", accountCode)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<Long, List<OpenPosting>> postings = postings(em, groups.stream().map(LetteringEntity::id).toList());
        List<Letter> out = new ArrayList<>();
        for (LetteringEntity g : groups) {
            out.add(new Letter(g.accountCode(), g.code(), g.letteredOn(), g.createdAt(), g.letteredBy(),
                    postings.getOrDefault(g.id(), List.of())));
        }
        return out;
    }

    /** The postings of the matches {@code groupIds}, by match, in date order. */
    static Map<Long, List<OpenPosting>> postings(EntityManager em, List<Long> groupIds) {
        Map<Long, List<OpenPosting>> out = new HashMap<>();
        if (groupIds.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select lp.letteringId, " + PostingRows.COLUMNS
                        + " from LedgerLetteringPosting lp, LedgerPosting p, LedgerEntry e where p.id = lp.postingId"
                        + " and e.id = p.entryId and lp.letteringId in :ids" + PostingRows.ORDER, Object[].class)
                .setParameter("ids", groupIds).getResultList()) {
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(PostingRows.posting(r, 1));
        }
        return out;
    }
}
