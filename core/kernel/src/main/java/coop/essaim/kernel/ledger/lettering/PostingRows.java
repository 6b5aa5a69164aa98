package coop.essaim.kernel.ledger.lettering;

import coop.essaim.api.ledger.OpenPosting;
import coop.essaim.api.money.Money;
import coop.essaim.kernel.ledger.ReadScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The postings lettering reads, as JPQL over the ledger's tables: the columns of an {@link OpenPosting}, the
 * open postings of an account (no code given at post time, in no match of the workflow) and their order.
 */
final class PostingRows {

    /** The columns of {@link #posting}, then the posting's account, currency and post-time code. */
    static final String COLUMNS = "p.id, e.id, e.journalCode, e.fiscalYear, e.number, p.entryDate, e.pieceReference,"
            + " e.label, p.activityId, p.thirdParty, p.debitMinor, p.creditMinor, p.currency, p.accountCode,"
            + " p.lettering";
    static final String JOIN = " from LedgerPosting p, LedgerEntry e where e.id = p.entryId";
    /** The open postings of account :acc of cooperative :coop. */
    static final String OPEN = JOIN + " and p.cooperativeId = :coop and p.accountCode = :acc and p.lettering is null"
            + " and not exists (select lp.postingId from LedgerLetteringPosting lp where lp.postingId = p.id)";
    static final String ORDER = " order by p.entryDate, e.journalCode, e.number, p.lineNo";

    private PostingRows() {
    }

    /** A row of {@link #COLUMNS} read from column {@code i}. */
    static OpenPosting posting(Object[] r, int i) {
        String currency = ((String) r[i + 12]).trim();
        String reference = r[i + 2] + "-" + r[i + 3] + "-" + String.format("%06d", ((Number) r[i + 4]).longValue());
        return new OpenPosting(((Number) r[i]).longValue(), ((Number) r[i + 1]).longValue(), reference,
                (LocalDate) r[i + 5], (String) r[i + 6], (String) r[i + 7], ((Number) r[i + 8]).longValue(),
                (String) r[i + 9], Money.of(((Number) r[i + 10]).longValue(), currency),
                Money.of(((Number) r[i + 11]).longValue(), currency));
    }

    static String account(Object[] r) {
        return (String) r[13];
    }

    static String currency(Object[] r) {
        return ((String) r[12]).trim();
    }

    static String postTimeCode(Object[] r) {
        return (String) r[14];
    }

    /** Filters on the open postings, and their parameters; the scope keeps a restricted user's activities only. */
    record Filter(String jpql, Map<String, Object> params) {

        static Filter open(long cooperativeId, String accountCode, ReadScope scope) {
            Map<String, Object> params = new HashMap<>();
            params.put("coop", cooperativeId);
            params.put("acc", accountCode);
            StringBuilder jpql = new StringBuilder(OPEN);
            if (scope.restricted()) {
                jpql.append(" and p.activityId in :own");
                params.put("own", List.copyOf(scope.activities()));
            }
            return new Filter(jpql.toString(), params);
        }

        /** With {@code condition}, which takes no parameter. */
        Filter where(String condition) {
            return new Filter(jpql + " and " + condition, params);
        }

        /** With {@code condition} on parameter {@code name}; unchanged when {@code value} is null (no filter). */
        Filter and(String condition, String name, Object value) {
            if (value == null) {
                return this;
            }
            Map<String, Object> more = new HashMap<>(params);
            more.put(name, value);
            return new Filter(jpql + " and " + condition, more);
        }

        <T> TypedQuery<T> query(EntityManager em, String select, String tail, Class<T> type) {
            TypedQuery<T> q = em.createQuery(select + jpql + tail, type);
            params.forEach(q::setParameter);
            return q;
        }

        List<OpenPosting> postings(EntityManager em, int offset, int limit) {
            List<OpenPosting> out = new ArrayList<>();
            for (Object[] r : query(em, "select " + COLUMNS, ORDER, Object[].class).setFirstResult(offset)
                    .setMaxResults(limit).getResultList()) {
                out.add(posting(r, 0));
            }
            return out;
        }
    }
}
