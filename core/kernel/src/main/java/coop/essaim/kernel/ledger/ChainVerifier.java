package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.ChainVerification;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.ValidatedEntry;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recomputes a cooperative's chain in chain order, {@link LedgerReads#MAX_PAGE} entries at a time: each
 * entry must follow the previous position, point to the previous entry's hash, and hash to what it stores;
 * the head must point to the last entry. The first entry that fails is named.
 */
final class ChainVerifier {

    private ChainVerifier() {
    }

    static ChainVerification verify(EntityManager em, long cooperativeId, Locale locale) {
        long lastSeq = 0;
        String lastHash = EntryHash.GENESIS;
        long checked = 0;
        while (true) {
            List<LedgerEntryEntity> page = em.createQuery("select e from LedgerEntry e where e.cooperativeId = :coop"
                            + " and e.chainSeq > :after order by e.chainSeq", LedgerEntryEntity.class)
                    .setParameter("coop", cooperativeId).setParameter("after", lastSeq)
                    .setMaxResults(LedgerReads.MAX_PAGE).getResultList();
            if (page.isEmpty()) {
                break;
            }
            Map<Long, List<EntryContent.Line>> lines = LedgerReads.linesOf(em, page);
            for (LedgerEntryEntity e : page) {
                EntryContent content = e.content(lines.getOrDefault(e.getId(), List.of()));
                String problem = null;
                if (e.chainSeq() != lastSeq + 1) {
                    problem = "ledger.chain.gap";
                } else if (!content.previousHash().equals(lastHash)) {
                    problem = "ledger.chain.linkBroken";
                } else if (!EntryHash.of(content).equals(e.hash())) {
                    problem = "ledger.chain.hashMismatch";
                }
                if (problem != null) {
                    return new ChainVerification(cooperativeId, checked, e.getId(), reference(content),
                            LedgerMessages.text(locale, problem));
                }
                checked++;
                lastSeq = e.chainSeq();
                lastHash = e.hash();
            }
        }
        ChainHead.State head = ChainHead.read(em, cooperativeId).orElse(new ChainHead.State(0, EntryHash.GENESIS));
        if (head.lastSeq() != lastSeq || !head.lastHash().equals(lastHash)) {
            // entries were removed from the end: nothing is left to name but the last one that holds
            return new ChainVerification(cooperativeId, checked, null, null,
                    LedgerMessages.text(locale, "ledger.chain.missingTail", Math.max(1, head.lastSeq() - lastSeq)));
        }
        return new ChainVerification(cooperativeId, checked, null, null, null);
    }

    private static String reference(EntryContent c) {
        return new ValidatedEntry(0, c.cooperativeId(), JournalCode.of(c.journal()), c.fiscalYear(), c.number(),
                c.date(), null, null, c.label(), List.of(), c.idempotencyKey(), null, "", "", null, null).reference();
    }
}
