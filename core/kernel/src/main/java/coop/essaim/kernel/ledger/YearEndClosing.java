package coop.essaim.kernel.ledger;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountKind;
import coop.essaim.api.ledger.AccountRole;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.FiscalYear;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.money.Money;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.cooperative.Timestamps;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The close of one fiscal year, run by {@link KernelLedger#closeFiscalYear} under the chain lock: the checks
 * (the year has ended, is not closed yet, the year before it is closed if it has postings) and the
 * carry-forward entry, built from the sums of the year's postings per account, activity and currency. Only
 * the year's own postings are summed, its opening entry included: the earlier years are in that entry.
 */
final class YearEndClosing {

    /** The carry-forward entry holds a line per account and activity: far more than an entry typed by hand. */
    static final int MAX_LINES = 200_000;

    private final EntityManager em;
    private final UserContext user;
    private final Cooperative coop;
    private final FiscalYear year;

    YearEndClosing(EntityManager em, UserContext user, Cooperative coop, FiscalYear year) {
        this.em = em;
        this.user = user;
        this.coop = coop;
        this.year = year;
    }

    void checkClosable(LocalDate today) {
        if (!today.isAfter(year.end())) {
            throw LedgerMessages.refusal(user.locale(), "year", "ledger.year.notOver", year.end());
        }
        if (closed(year.year())) {
            throw LedgerMessages.refusal(user.locale(), "year", "ledger.year.closed", year.year());
        }
        boolean earlier = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM LEDGER_POSTING WHERE COOPERATIVE_ID = ?"
                + " AND ENTRY_DATE < ?").setParameter(1, coop.id()).setParameter(2, java.sql.Date.valueOf(year.start()))
                .getSingleResult()).longValue() > 0;
        if (earlier && !closed(year.year() - 1)) {
            throw LedgerMessages.refusal(user.locale(), "year", "ledger.year.previousOpen", year.year() - 1);
        }
    }

    /** The carry-forward entry, empty when the year left nothing to carry (no posting, or all settled). */
    Optional<EntryDraft> openingDraft(Optional<Map<String, Account>> chartOf) {
        Map<String, Account> chart = chartOf.orElseThrow(() ->
                LedgerMessages.refusal(user.locale(), "year", "ledger.chart.missing", coop.country()));
        List<PostingLine> lines = new ArrayList<>();
        // per activity and currency: credit minus debit of the income and expense accounts
        Map<Long, Map<String, Long>> results = new TreeMap<>();
        TreeSet<String> unknown = new TreeSet<>();
        for (Object[] row : em.createQuery("select p.accountCode, p.activityId, p.currency, sum(p.debitMinor),"
                        + " sum(p.creditMinor) from LedgerPosting p where p.cooperativeId = :coop and p.entryDate >= :from"
                        + " and p.entryDate <= :to group by p.accountCode, p.activityId, p.currency"
                        + " order by p.accountCode, p.activityId, p.currency", Object[].class)
                .setParameter("coop", coop.id()).setParameter("from", year.start()).setParameter("to", year.end())
                .getResultList()) {
            String code = (String) row[0];
            long activity = ((Number) row[1]).longValue();
            String currency = ((String) row[2]).trim();
            long net = ((Number) row[3]).longValue() - ((Number) row[4]).longValue();
            Account account = chart.get(code);
            if (account == null) {
                unknown.add(code);
            } else if (account.kind() == AccountKind.INCOME || account.kind() == AccountKind.EXPENSE) {
                results.computeIfAbsent(activity, a -> new TreeMap<>()).merge(currency, -net, Long::sum);
            } else if (net != 0) {
                lines.add(line(code, activity, net, currency));
            }
        }
        if (!unknown.isEmpty()) {
            throw LedgerMessages.refusal(user.locale(), "year", "ledger.year.unknownAccounts", String.join(", ", unknown));
        }
        addResults(chart, results, lines);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = year.end().plusDays(1);
        return Optional.of(new EntryDraft(coop.id(), JournalCode.OPENING, first, null, null,
                LedgerMessages.text(user.locale(), "ledger.year.openingLabel", year.year()), lines,
                "core.ledger.opening:" + first.getYear() + "-" + first.getMonthValue()));
    }

    private void addResults(Map<String, Account> chart, Map<Long, Map<String, Long>> results, List<PostingLine> lines) {
        Optional<String> profit = roleAccount(chart, AccountRole.YEAR_PROFIT);
        Optional<String> loss = roleAccount(chart, AccountRole.YEAR_LOSS).or(() -> profit);
        results.forEach((activity, byCurrency) -> byCurrency.forEach((currency, result) -> {
            if (result == 0) {
                return;
            }
            String account = (result > 0 ? profit : loss).orElseThrow(() ->
                    LedgerMessages.refusal(user.locale(), "year", "ledger.year.noResultAccount"));
            // a profit is a credit balance: carried as a credit, so its debit-minus-credit is -result
            lines.add(line(account, activity, -result, currency));
        }));
    }

    private static Optional<String> roleAccount(Map<String, Account> chart, AccountRole role) {
        return chart.values().stream().filter(a -> a.role() == role).map(Account::code).findFirst();
    }

    /** {@code net}: debit minus credit, never zero. */
    private static PostingLine line(String account, long activity, long net, String currency) {
        return new PostingLine(account, activity, net > 0 ? Side.DEBIT : Side.CREDIT,
                Money.of(Math.abs(net), currency), null, null);
    }

    void record(Long openingEntryId, Instant now) {
        // no null parameter: PostgreSQL types an untyped null as text and refuses it for a BIGINT column
        jakarta.persistence.Query insert = em.createNativeQuery("INSERT INTO LEDGER_YEAR_CLOSING (COOPERATIVE_ID,"
                        + " FISCAL_YEAR, CLOSED_BY, CLOSED_AT"
                        + (openingEntryId == null ? ") VALUES (?, ?, ?, ?)" : ", OPENING_ENTRY_ID) VALUES (?, ?, ?, ?, ?)"))
                .setParameter(1, coop.id()).setParameter(2, year.year()).setParameter(3, user.login())
                .setParameter(4, Timestamp.valueOf(Timestamps.toColumn(now)));
        if (openingEntryId != null) {
            insert.setParameter(5, openingEntryId);
        }
        insert.executeUpdate();
    }

    private boolean closed(int fiscalYear) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM LEDGER_YEAR_CLOSING WHERE COOPERATIVE_ID = ?"
                + " AND FISCAL_YEAR = ?").setParameter(1, coop.id()).setParameter(2, fiscalYear)
                .getSingleResult()).longValue() > 0;
    }
}
