package coop.essaim.kernel.cli;

import coop.essaim.api.ledger.Balance;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A trial balance as an aligned text table: account and/or activity, debit, credit and balance (debit minus
 * credit), amounts right-aligned as plain decimals, and a total line per currency.
 */
final class BalanceTable {

    private BalanceTable() {
    }

    static void print(List<Balance> balances, Map<Long, String> activityCodes, boolean byAccount, boolean byActivity,
                      CliMessages m, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        List<String> head = new ArrayList<>();
        if (byAccount) {
            head.add(m.text("cli.balance.account"));
        }
        if (byActivity) {
            head.add(m.text("cli.balance.activity"));
        }
        int labels = head.size();
        head.addAll(List.of(m.text("cli.balance.debit"), m.text("cli.balance.credit"), m.text("cli.balance.balance"),
                m.text("cli.balance.currency")));
        rows.add(head.toArray(String[]::new));
        Map<String, long[]> totals = new TreeMap<>();
        // the ledger orders by activity id; people read activity codes
        List<Balance> sorted = new ArrayList<>(balances);
        sorted.sort(java.util.Comparator.comparing((Balance b) -> b.accountCode() == null ? "" : b.accountCode())
                .thenComparing(b -> b.activityId() == null ? "" : activityCodes.getOrDefault(b.activityId(), ""))
                .thenComparing(b -> b.debit().currency().getCurrencyCode()));
        for (Balance b : sorted) {
            List<String> row = new ArrayList<>();
            if (byAccount) {
                row.add(b.accountCode());
            }
            if (byActivity) {
                row.add(activityCodes.getOrDefault(b.activityId(), "#" + b.activityId()));
            }
            Currency c = b.debit().currency();
            row.addAll(List.of(plain(b.debit().minorUnits(), c), plain(b.credit().minorUnits(), c),
                    plain(b.balance().minorUnits(), c), c.getCurrencyCode()));
            rows.add(row.toArray(String[]::new));
            long[] t = totals.computeIfAbsent(c.getCurrencyCode(), k -> new long[2]);
            t[0] = Math.addExact(t[0], b.debit().minorUnits());
            t[1] = Math.addExact(t[1], b.credit().minorUnits());
        }
        int separator = rows.size();
        for (Map.Entry<String, long[]> t : totals.entrySet()) {
            List<String> row = new ArrayList<>();
            row.add(m.text("cli.balance.total"));
            for (int i = 1; i < labels; i++) {
                row.add("");
            }
            Currency c = Currency.getInstance(t.getKey());
            row.addAll(List.of(plain(t.getValue()[0], c), plain(t.getValue()[1], c),
                    plain(t.getValue()[0] - t.getValue()[1], c), t.getKey()));
            rows.add(row.toArray(String[]::new));
        }
        int[] width = new int[head.size()];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (int n = 0; n < rows.size(); n++) {
            if (n == 1 || (n == separator && separator > 1)) {
                out.println(rule(width));
            }
            String[] r = rows.get(n);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                boolean amount = i >= labels && i < r.length - 1;
                String pad = " ".repeat(width[i] - r[i].length());
                line.append(i == 0 ? "" : "  ").append(amount ? pad + r[i] : r[i] + pad);
            }
            out.println(line.toString().stripTrailing());
        }
        if (rows.size() == 1) {
            out.println(rule(width));
        }
    }

    private static String rule(int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            sb.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        return sb.toString();
    }

    private static String plain(long minor, Currency c) {
        return BigDecimal.valueOf(minor, Math.max(0, c.getDefaultFractionDigits())).toPlainString();
    }
}
