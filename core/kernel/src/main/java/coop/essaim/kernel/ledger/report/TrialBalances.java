package coop.essaim.kernel.ledger.report;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.TrialBalance;
import coop.essaim.kernel.ledger.LedgerReads;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The trial balance from two sums grouped by account (and activity) in the database: the postings of the
 * fiscal year before {@code from} (the opening) and those of the period.
 */
final class TrialBalances {

    private record Key(String account, Long activity) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::account)
                .thenComparing(Key::activity, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private TrialBalances() {
    }

    static TrialBalance of(EntityManager em, ReportContext ctx, LocalDate from, LocalDate to, Long activityId,
                           boolean byActivity) {
        BalanceQuery.Grouping by = byActivity ? BalanceQuery.Grouping.ACCOUNT_AND_ACTIVITY
                : BalanceQuery.Grouping.ACCOUNT;
        LocalDate yearStart = ctx.yearStart(from);
        Map<Key, long[]> sums = new TreeMap<>(Key.ORDER);
        if (from.isAfter(yearStart)) {
            add(sums, ctx, LedgerReads.balances(em, new BalanceQuery(ctx.cooperativeId(), yearStart,
                    from.minusDays(1), by, activityId), ctx.scope()), 0);
        }
        add(sums, ctx, LedgerReads.balances(em, new BalanceQuery(ctx.cooperativeId(), from, to, by, activityId),
                ctx.scope()), 1);
        List<TrialBalance.Row> rows = new ArrayList<>();
        sums.forEach((key, s) -> {
            Account a = ctx.chart().get(key.account());
            rows.add(new TrialBalance.Row(key.account(), ctx.label(key.account()), a == null ? null : a.kind(),
                    key.activity(), ctx.money(s[0]), ctx.money(s[1]), ctx.money(s[2])));
        });
        return new TrialBalance(from, to, activityId, byActivity, ctx.currency(), rows,
                TrialBalance.Totals.of(ctx.currency(), rows));
    }

    /** {@code part} 0: into the opening balance (debit minus credit); 1: into the period's debit and credit. */
    private static void add(Map<Key, long[]> sums, ReportContext ctx, List<Balance> balances, int part) {
        for (Balance b : balances) {
            if (!b.debit().currency().equals(ctx.currency())) {
                continue;
            }
            long[] s = sums.computeIfAbsent(new Key(b.accountCode(), b.activityId()), k -> new long[3]);
            if (part == 0) {
                s[0] += b.balance().minorUnits();
            } else {
                s[1] += b.debit().minorUnits();
                s[2] += b.credit().minorUnits();
            }
        }
    }
}
