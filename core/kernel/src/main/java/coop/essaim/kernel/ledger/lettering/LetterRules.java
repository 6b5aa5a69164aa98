package coop.essaim.kernel.ledger.lettering;

import coop.essaim.api.ledger.Lettering;
import coop.essaim.api.ledger.OpenPosting;
import coop.essaim.api.money.Money;
import coop.essaim.kernel.ledger.LetteringCodes;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a new match must satisfy, each refusal naming the posting by its place in the request
 * ({@code postingIds[2]}): at least two distinct postings of the cooperative, on one account and in one currency,
 * none lettered already, debits equal to credits.
 */
final class LetterRules {

    /** The postings of an accepted match, in date order, and their account. */
    record Checked(String accountCode, List<OpenPosting> postings) {
    }

    private LetterRules() {
    }

    /** The checks that need no database. */
    static void checkIds(List<Long> ids, LetteringMessages messages) {
        if (ids == null || ids.size() < 2) {
            throw messages.refusal("postingIds", "ledger.lettering.tooFew");
        }
        if (ids.size() > Lettering.MAX_PAGE) {
            throw messages.refusal("postingIds", "ledger.lettering.tooMany", Lettering.MAX_PAGE);
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null) {
                messages.add(field(i), "ledger.lettering.notFound");
            } else if (!seen.add(ids.get(i))) {
                messages.add(field(i), "ledger.lettering.duplicate");
            }
        }
        messages.throwIfAny();
    }

    /** Reads the postings and checks them together; run under the chain lock. */
    static Checked check(EntityManager em, long cooperativeId, List<Long> ids, LetteringMessages messages) {
        Map<Long, Object[]> rows = new HashMap<>();
        List<Long> order = new ArrayList<>();
        for (Object[] r : em.createQuery("select " + PostingRows.COLUMNS + PostingRows.JOIN
                        + " and p.cooperativeId = :coop and p.id in :ids" + PostingRows.ORDER, Object[].class)
                .setParameter("coop", cooperativeId).setParameter("ids", ids).getResultList()) {
            long id = ((Number) r[0]).longValue();
            rows.put(id, r);
            order.add(id);
        }
        Map<Long, String> lettered = LetteringCodes.byPosting(em, rows.keySet());
        Object[] first = null;
        for (int i = 0; i < ids.size(); i++) {
            Object[] r = rows.get(ids.get(i));
            if (r == null) {
                messages.add(field(i), "ledger.lettering.notFound");
                continue;
            }
            String code = PostingRows.postTimeCode(r) != null ? PostingRows.postTimeCode(r) : lettered.get(ids.get(i));
            if (code != null) {
                messages.add(field(i), "ledger.lettering.already", code);
            }
            if (first == null) {
                first = r;
            } else if (!PostingRows.account(r).equals(PostingRows.account(first))) {
                messages.add(field(i), "ledger.lettering.otherAccount", PostingRows.account(r),
                        PostingRows.account(first));
            } else if (!PostingRows.currency(r).equals(PostingRows.currency(first))) {
                messages.add(field(i), "ledger.lettering.otherCurrency", PostingRows.currency(r),
                        PostingRows.currency(first));
            }
        }
        messages.throwIfAny();
        List<OpenPosting> postings = order.stream().map(id -> PostingRows.posting(rows.get(id), 0)).toList();
        Money debit = postings.stream().map(OpenPosting::debit).reduce(Money::plus).orElseThrow();
        Money credit = postings.stream().map(OpenPosting::credit).reduce(Money::plus).orElseThrow();
        if (!debit.equals(credit)) {
            throw messages.refusal("postingIds", "ledger.lettering.unbalanced", debit.format(messages.locale()),
                    credit.format(messages.locale()));
        }
        return new Checked(PostingRows.account(first), postings);
    }

    private static String field(int index) {
        return "postingIds[" + index + "]";
    }
}
