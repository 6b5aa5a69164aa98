package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.EntryQuery;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads of the books, always bounded: entries a page at a time (at most {@link #MAX_PAGE}), balances summed
 * by the database over the indexed postings, so nothing loads a year of postings into memory.
 */
public final class LedgerReads {

    public static final int MAX_PAGE = 500;

    private LedgerReads() {
    }

    /** The entry as posted: its lines carry the lettering given at post time only (what a reversal copies). */
    static Optional<ValidatedEntry> entry(EntityManager em, long cooperativeId, long id, ReadScope scope) {
        return entry(em, cooperativeId, id, scope, false);
    }

    /** The entry; {@code effective}: its lines carry their effective lettering (post time, else the workflow's). */
    static Optional<ValidatedEntry> entry(EntityManager em, long cooperativeId, long id, ReadScope scope,
                                          boolean effective) {
        LedgerEntryEntity e = em.find(LedgerEntryEntity.class, id);
        if (e == null || e.content(List.of()).cooperativeId() != cooperativeId) {
            return Optional.empty();
        }
        return toRecords(em, List.of(e), scope, effective).stream().findFirst();
    }

    static List<ValidatedEntry> entries(EntityManager em, EntryQuery q, ReadScope scope) {
        if (scope.restricted() && scope.activities().isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select e from LedgerEntry e where e.cooperativeId = :coop");
        Map<String, Object> params = new HashMap<>();
        params.put("coop", q.cooperativeId());
        if (q.journal() != null) {
            jpql.append(" and e.journalCode = :journal");
            params.put("journal", q.journal().code());
        }
        if (q.from() != null) {
            jpql.append(" and e.entryDate >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            jpql.append(" and e.entryDate <= :to");
            params.put("to", q.to());
        }
        if (q.activityId() != null) {
            jpql.append(" and exists (select p.id from LedgerPosting p where p.entryId = e.id and p.activityId = :act)");
            params.put("act", q.activityId());
        }
        if (q.accountCode() != null) {
            jpql.append(" and exists (select p.id from LedgerPosting p where p.entryId = e.id and p.accountCode = :acc)");
            params.put("acc", q.accountCode());
        }
        if (scope.restricted()) {
            jpql.append(" and exists (select p.id from LedgerPosting p where p.entryId = e.id and p.activityId in :own)");
            params.put("own", List.copyOf(scope.activities()));
        }
        jpql.append(" order by e.entryDate, e.journalCode, e.number");
        TypedQuery<LedgerEntryEntity> query = em.createQuery(jpql.toString(), LedgerEntryEntity.class);
        params.forEach(query::setParameter);
        List<LedgerEntryEntity> page = query.setFirstResult(Math.max(0, q.offset()))
                .setMaxResults(Math.max(1, Math.min(q.limit(), MAX_PAGE))).getResultList();
        return toRecords(em, page, scope, true);
    }

    /** The entries as posted, with their lines (only the visible ones); an entry with no visible line is left out. */
    static List<ValidatedEntry> toRecords(EntityManager em, List<LedgerEntryEntity> entries, ReadScope scope) {
        return toRecords(em, entries, scope, false);
    }

    /**
     * As {@link #toRecords(EntityManager, List, ReadScope)}; {@code effective}: a line lettered by the workflow
     * after posting carries that code (the entry's content and hash are unchanged: they cover the stored lines).
     */
    static List<ValidatedEntry> toRecords(EntityManager em, List<LedgerEntryEntity> entries, ReadScope scope,
                                          boolean effective) {
        Map<Long, List<EntryContent.Line>> lines = linesOf(em, entries);
        Map<Long, Map<Integer, String>> codes = effective
                ? LetteringCodes.byEntry(em, entries.stream().map(LedgerEntryEntity::getId).toList()) : Map.of();
        List<ValidatedEntry> out = new ArrayList<>();
        for (LedgerEntryEntity e : entries) {
            List<EntryContent.Line> all = lines.getOrDefault(e.getId(), List.of());
            Map<Integer, String> lettered = codes.getOrDefault(e.getId(), Map.of());
            List<EntryContent.Line> visible = all.stream().filter(l -> scope.sees(l.activityId()))
                    .map(l -> l.lettering() == null && lettered.containsKey(l.lineNo())
                            ? l.withLettering(lettered.get(l.lineNo())) : l).toList();
            if (!visible.isEmpty()) {
                out.add(e.content(all).toRecord(e.getId(), e.hash(), e.createdAt(), e.createdBy(), visible));
            }
        }
        return out;
    }

    /** Lines by entry id, in line order, for at most one page of entries. */
    static Map<Long, List<EntryContent.Line>> linesOf(EntityManager em, List<LedgerEntryEntity> entries) {
        Map<Long, List<EntryContent.Line>> out = new LinkedHashMap<>();
        if (entries.isEmpty()) {
            return out;
        }
        List<Long> ids = entries.stream().map(LedgerEntryEntity::getId).toList();
        for (LedgerPostingEntity p : em.createQuery("select p from LedgerPosting p where p.entryId in :ids"
                        + " order by p.entryId, p.lineNo", LedgerPostingEntity.class)
                .setParameter("ids", ids).getResultList()) {
            out.computeIfAbsent(p.entryId(), k -> new ArrayList<>()).add(p.line());
        }
        return out;
    }

    /** Sums per group and currency of the postings {@code scope} sees, in group order. */
    public static List<Balance> balances(EntityManager em, BalanceQuery q, ReadScope scope) {
        if (scope.restricted() && scope.activities().isEmpty()) {
            return List.of();
        }
        boolean byAccount = q.by() != BalanceQuery.Grouping.ACTIVITY;
        boolean byActivity = q.by() != BalanceQuery.Grouping.ACCOUNT;
        String groups = (byAccount ? "p.accountCode, " : "") + (byActivity ? "p.activityId, " : "") + "p.currency";
        StringBuilder jpql = new StringBuilder("select " + groups + ", sum(p.debitMinor), sum(p.creditMinor)"
                + " from LedgerPosting p where p.cooperativeId = :coop");
        Map<String, Object> params = new HashMap<>();
        params.put("coop", q.cooperativeId());
        if (q.from() != null) {
            jpql.append(" and p.entryDate >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            jpql.append(" and p.entryDate <= :to");
            params.put("to", q.to());
        }
        if (q.activityId() != null) {
            jpql.append(" and p.activityId = :act");
            params.put("act", q.activityId());
        }
        if (scope.restricted()) {
            jpql.append(" and p.activityId in :own");
            params.put("own", List.copyOf(scope.activities()));
        }
        jpql.append(" group by ").append(groups).append(" order by ").append(groups);
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        params.forEach(query::setParameter);
        List<Balance> out = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            int i = 0;
            String account = byAccount ? (String) row[i++] : null;
            Long activity = byActivity ? ((Number) row[i++]).longValue() : null;
            String currency = ((String) row[i++]).trim();
            out.add(new Balance(account, activity, Money.of(((Number) row[i++]).longValue(), currency),
                    Money.of(((Number) row[i]).longValue(), currency)));
        }
        return out;
    }
}
