package coop.essaim.kernel.ledger.lettering;

import coop.essaim.api.ledger.LetterSuggestion;
import coop.essaim.api.ledger.Lettering;
import coop.essaim.api.ledger.OpenPosting;
import coop.essaim.kernel.ledger.ReadScope;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposals of matches among an account's open postings, found by the database's sums rather than by loading
 * the postings: first the (third party, piece reference) groups whose debits equal their credits, then the
 * amounts a third party has both as a debit and as a credit (one of each per proposal). A posting is in one
 * proposal at most.
 */
final class LetterSuggestions {

    /** How many distinct (third party, amount) pairs the second pass weighs, at most. */
    private static final int AMOUNT_ROWS = 20_000;

    private LetterSuggestions() {
    }

    static List<LetterSuggestion> of(EntityManager em, long cooperativeId, String accountCode) {
        PostingRows.Filter open = PostingRows.Filter.open(cooperativeId, accountCode, new ReadScope(null));
        List<LetterSuggestion> out = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        byPiece(em, open, accountCode, out, used);
        byAmount(em, open, accountCode, out, used);
        return out;
    }

    private static void byPiece(EntityManager em, PostingRows.Filter open, String account, List<LetterSuggestion> out,
                                Set<Long> used) {
        List<Object[]> groups = open.where("e.pieceReference is not null and p.thirdParty is not null")
                .query(em, "select p.thirdParty, e.pieceReference, p.currency, min(p.entryDate) as firstDate",
                        " group by p.thirdParty, e.pieceReference, p.currency having count(p) > 1"
                                + " and sum(p.debitMinor) = sum(p.creditMinor) order by firstDate", Object[].class)
                .setMaxResults(Lettering.MAX_SUGGESTIONS).getResultList();
        for (Object[] g : groups) {
            PostingRows.Filter group = open.where("e.pieceReference is not null and p.thirdParty is not null")
                    .and("p.thirdParty = :tp", "tp", g[0]).and("e.pieceReference = :piece", "piece", g[1])
                    .and("p.currency = :cur", "cur", g[2]);
            List<OpenPosting> postings = group.postings(em, 0, Lettering.MAX_PAGE + 1);
            if (postings.size() <= Lettering.MAX_PAGE) {
                postings.forEach(p -> used.add(p.postingId()));
                out.add(new LetterSuggestion(account, LetterSuggestion.Reason.PIECE, (String) g[0], (String) g[1],
                        postings));
            }
        }
    }

    private static void byAmount(EntityManager em, PostingRows.Filter open, String account,
                                 List<LetterSuggestion> out, Set<Long> used) {
        // per third party and currency: the amounts seen as a debit, then those also seen as a credit
        Map<List<Object>, int[]> sides = new LinkedHashMap<>();
        for (Object[] r : open.where("p.thirdParty is not null")
                .query(em, "select p.thirdParty, p.currency, p.debitMinor, p.creditMinor, min(p.entryDate) as firstDate",
                        " group by p.thirdParty, p.currency, p.debitMinor, p.creditMinor order by firstDate",
                        Object[].class).setMaxResults(AMOUNT_ROWS).getResultList()) {
            long debit = ((Number) r[2]).longValue();
            long amount = debit > 0 ? debit : ((Number) r[3]).longValue();
            sides.computeIfAbsent(List.of(r[0], r[1], amount), k -> new int[2])[debit > 0 ? 0 : 1]++;
        }
        for (Map.Entry<List<Object>, int[]> s : sides.entrySet()) {
            if (out.size() >= Lettering.MAX_SUGGESTIONS) {
                return;
            }
            if (s.getValue()[0] == 0 || s.getValue()[1] == 0) {
                continue;
            }
            long amount = (Long) s.getKey().get(2);
            List<OpenPosting> candidates = open.and("p.thirdParty = :tp", "tp", s.getKey().get(0))
                    .and("p.currency = :cur", "cur", s.getKey().get(1))
                    .and("(p.debitMinor = :amount or p.creditMinor = :amount)", "amount", amount)
                    .postings(em, 0, Lettering.MAX_PAGE);
            OpenPosting debit = candidates.stream().filter(p -> p.debit().isPositive()
                    && !used.contains(p.postingId())).findFirst().orElse(null);
            OpenPosting credit = candidates.stream().filter(p -> p.credit().isPositive()
                    && !used.contains(p.postingId())).findFirst().orElse(null);
            if (debit != null && credit != null) {
                used.add(debit.postingId());
                used.add(credit.postingId());
                List<OpenPosting> pair = debit.date().isAfter(credit.date()) ? List.of(credit, debit)
                        : List.of(debit, credit);
                out.add(new LetterSuggestion(account, LetterSuggestion.Reason.AMOUNT, (String) s.getKey().get(0),
                        null, pair));
            }
        }
    }
}
