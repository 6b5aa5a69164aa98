package coop.essaim.kernel.ledger.report;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.GeneralLedger;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.ReportQuery;
import coop.essaim.api.money.Money;
import coop.essaim.kernel.ledger.LetteringCodes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The general ledger a page at a time, never the whole period in memory: the page's lines come from the
 * database ({@code setFirstResult}/{@code setMaxResults}), and the running balance starts from sums the database
 * computes: the account's opening at {@code from} and, for the account the page starts in, the sum of its lines
 * before the page's first line (in the same order as the lines). A line's lettering is its effective code: the one
 * given at post time, else the lettering workflow's.
 */
final class GeneralLedgerPages {

    private static final String LINES = "select p.accountCode, p.entryDate, e.journalCode, e.fiscalYear, e.number,"
            + " e.id, p.lineNo, e.pieceReference, e.label, p.activityId, p.debitMinor, p.creditMinor, p.lettering,"
            + " p.id"
            + " from LedgerPosting p, LedgerEntry e where e.id = p.entryId";
    private static final String ORDER = " order by p.accountCode, p.entryDate, e.journalCode, e.number, p.lineNo";
    /** Lines of the same account strictly before the line (date, journal, number, line). */
    private static final String BEFORE = " and p.accountCode = :fAcc and (p.entryDate < :fDate or (p.entryDate = :fDate"
            + " and (e.journalCode < :fJournal or (e.journalCode = :fJournal and (e.number < :fNumber"
            + " or (e.number = :fNumber and p.lineNo < :fLine))))))";

    private GeneralLedgerPages() {
    }

    static GeneralLedger page(EntityManager em, ReportContext ctx, ReportQuery q, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = filters(ctx, q, params);
        params.put("from", q.from());
        params.put("to", q.to());
        String period = " and p.entryDate >= :from and p.entryDate <= :to";
        TypedQuery<Object[]> lines = em.createQuery(LINES + where + period + ORDER, Object[].class);
        params.forEach(lines::setParameter);
        List<Object[]> rows = new ArrayList<>(lines.setFirstResult(offset).setMaxResults(limit + 1).getResultList());
        boolean more = rows.size() > limit;
        if (more) {
            rows = rows.subList(0, limit);
        }
        // the effective lettering: the code given at post time, else the lettering workflow's
        Map<Long, String> lettered = LetteringCodes.byPosting(em, rows.stream()
                .filter(r -> r[12] == null).map(r -> ((Number) r[13]).longValue()).toList());
        Map<String, List<Object[]>> byAccount = new LinkedHashMap<>();
        if (q.accountCode() != null) {
            byAccount.put(q.accountCode(), new ArrayList<>());
        }
        rows.forEach(r -> byAccount.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r));
        List<GeneralLedger.AccountLines> accounts = new ArrayList<>();
        if (!byAccount.isEmpty()) {
            List<String> codes = List.copyOf(byAccount.keySet());
            Map<String, long[]> opening = sums(em, ctx, where, params, codes, " and p.entryDate >= :yearStart"
                    + " and p.entryDate < :from", Map.of("yearStart", ctx.yearStart(q.from()), "from", q.from()));
            Map<String, long[]> moves = sums(em, ctx, where, params, codes, period,
                    Map.of("from", q.from(), "to", q.to()));
            boolean first = true;
            for (Map.Entry<String, List<Object[]>> a : byAccount.entrySet()) {
                long open = balance(opening.get(a.getKey()));
                long before = first && offset > 0 && !a.getValue().isEmpty()
                        ? before(em, where, params, q, a.getValue().get(0)) : 0;
                first = false;
                accounts.add(account(ctx, a.getKey(), a.getValue(), open, open + before,
                        moves.getOrDefault(a.getKey(), new long[2]), lettered));
            }
        }
        return new GeneralLedger(q.from(), q.to(), q.activityId(), q.accountCode(), ctx.currency(), accounts,
                offset, limit, more);
    }

    private static String filters(ReportContext ctx, ReportQuery q, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" and p.cooperativeId = :coop and p.currency = :cur");
        params.put("coop", ctx.cooperativeId());
        params.put("cur", ctx.currency().getCurrencyCode());
        if (q.accountCode() != null) {
            where.append(" and p.accountCode = :acc");
            params.put("acc", q.accountCode());
        }
        if (q.activityId() != null) {
            where.append(" and p.activityId = :act");
            params.put("act", q.activityId());
        }
        if (ctx.scope().restricted()) {
            where.append(" and p.activityId in :own");
            params.put("own", List.copyOf(ctx.scope().activities()));
        }
        return where.toString();
    }

    /** Debit and credit sums per account of {@code codes}, over the dates {@code dates} states. */
    private static Map<String, long[]> sums(EntityManager em, ReportContext ctx, String where,
                                            Map<String, Object> params, List<String> codes, String dates,
                                            Map<String, Object> dateParams) {
        TypedQuery<Object[]> query = em.createQuery("select p.accountCode, sum(p.debitMinor), sum(p.creditMinor)"
                + " from LedgerPosting p where p.accountCode in :codes" + where + dates
                + " group by p.accountCode", Object[].class);
        params.forEach((k, v) -> {
            if (!k.equals("from") && !k.equals("to")) {
                query.setParameter(k, v);
            }
        });
        dateParams.forEach(query::setParameter);
        query.setParameter("codes", codes);
        Map<String, long[]> out = new HashMap<>();
        for (Object[] r : query.getResultList()) {
            out.put((String) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        return out;
    }

    /** The sum (debit minus credit) of the account's lines in the period before {@code first}. */
    private static long before(EntityManager em, String where, Map<String, Object> params, ReportQuery q,
                               Object[] first) {
        TypedQuery<Object[]> query = em.createQuery("select coalesce(sum(p.debitMinor), 0),"
                + " coalesce(sum(p.creditMinor), 0) from LedgerPosting p, LedgerEntry e where e.id = p.entryId"
                + where + " and p.entryDate >= :from" + BEFORE, Object[].class);
        params.forEach((k, v) -> {
            if (!k.equals("to")) {
                query.setParameter(k, v);
            }
        });
        query.setParameter("fAcc", first[0]).setParameter("fDate", first[1]).setParameter("fJournal", first[2])
                .setParameter("fNumber", first[4]).setParameter("fLine", first[6]);
        Object[] s = query.getSingleResult();
        return ((Number) s[0]).longValue() - ((Number) s[1]).longValue();
    }

    private static GeneralLedger.AccountLines account(ReportContext ctx, String code, List<Object[]> rows,
                                                      long opening, long broughtForward, long[] moves,
                                                      Map<Long, String> lettered) {
        long running = broughtForward;
        List<GeneralLedger.Line> lines = new ArrayList<>();
        for (Object[] r : rows) {
            long debit = ((Number) r[10]).longValue();
            long credit = ((Number) r[11]).longValue();
            running += debit - credit;
            String journal = (String) r[2];
            String reference = journal + "-" + r[3] + "-" + String.format("%06d", ((Number) r[4]).longValue());
            lines.add(new GeneralLedger.Line((LocalDate) r[1], JournalCode.of(journal), reference,
                    ((Number) r[5]).longValue(), (String) r[7], (String) r[8], ((Number) r[9]).longValue(),
                    ctx.money(debit), ctx.money(credit),
                    r[12] != null ? (String) r[12] : lettered.get(((Number) r[13]).longValue()), ctx.money(running)));
        }
        Account a = ctx.chart().get(code);
        Money open = ctx.money(opening);
        return new GeneralLedger.AccountLines(code, ctx.label(code), a == null ? null : a.kind(), open,
                ctx.money(broughtForward), lines, ctx.money(moves[0]), ctx.money(moves[1]),
                ctx.money(opening + moves[0] - moves[1]));
    }

    private static long balance(long[] sums) {
        return sums == null ? 0 : sums[0] - sums[1];
    }
}
