package coop.essaim.kernel.ledger.report;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountKind;
import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.BalanceSheet;
import coop.essaim.api.ledger.FinancialStatement;
import coop.essaim.api.ledger.IncomeStatement;
import coop.essaim.api.money.Money;
import coop.essaim.kernel.ledger.LedgerReads;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The balance sheet and the income statement from one sum per account in the database, each account put in
 * the section of its kind in the chart. An account the chart does not know cannot be placed, so the statement
 * is refused naming it rather than shown without it (and off balance).
 */
final class Statements {

    private Statements() {
    }

    static BalanceSheet balanceSheet(EntityManager em, ReportContext ctx, LocalDate date, Locale locale) {
        LocalDate yearStart = ctx.yearStart(date);
        Map<AccountKind, List<FinancialStatement.Line>> lines = sections(ctx, LedgerReads.balances(em,
                new BalanceQuery(ctx.cooperativeId(), yearStart, date, BalanceQuery.Grouping.ACCOUNT, null),
                ctx.scope()), locale);
        FinancialStatement.Section revenue = section(ctx, AccountKind.INCOME, lines);
        FinancialStatement.Section expenses = section(ctx, AccountKind.EXPENSE, lines);
        return new BalanceSheet(date, yearStart, ctx.currency(), section(ctx, AccountKind.ASSET, lines),
                section(ctx, AccountKind.LIABILITY, lines), section(ctx, AccountKind.EQUITY, lines),
                revenue.total().minus(expenses.total()));
    }

    static IncomeStatement incomeStatement(EntityManager em, ReportContext ctx, LocalDate from, LocalDate to,
                                           Long activityId, Locale locale) {
        Map<AccountKind, List<FinancialStatement.Line>> lines = sections(ctx, LedgerReads.balances(em,
                new BalanceQuery(ctx.cooperativeId(), from, to, BalanceQuery.Grouping.ACCOUNT, activityId),
                ctx.scope()), locale);
        return new IncomeStatement(from, to, activityId, ctx.currency(), section(ctx, AccountKind.INCOME, lines),
                section(ctx, AccountKind.EXPENSE, lines));
    }

    /** The lines per kind, in code order, each amount on the side its kind increases. */
    private static Map<AccountKind, List<FinancialStatement.Line>> sections(ReportContext ctx, List<Balance> balances,
                                                                           Locale locale) {
        Map<AccountKind, List<FinancialStatement.Line>> out = new EnumMap<>(AccountKind.class);
        TreeSet<String> unknown = new TreeSet<>();
        for (Balance b : balances) {
            if (!b.debit().currency().equals(ctx.currency())) {
                continue;
            }
            Account a = ctx.chart().get(b.accountCode());
            if (a == null) {
                unknown.add(b.accountCode());
                continue;
            }
            Money debitBalance = b.balance();
            Money amount = a.kind() == AccountKind.ASSET || a.kind() == AccountKind.EXPENSE ? debitBalance
                    : debitBalance.negate();
            out.computeIfAbsent(a.kind(), k -> new ArrayList<>())
                    .add(new FinancialStatement.Line(a.code(), a.label(), amount));
        }
        if (!unknown.isEmpty()) {
            throw ReportMessages.refusal(locale, "account", "report.account.outsideChart", String.join(", ", unknown));
        }
        return out;
    }

    private static FinancialStatement.Section section(ReportContext ctx, AccountKind kind,
                                                      Map<AccountKind, List<FinancialStatement.Line>> lines) {
        List<FinancialStatement.Line> of = lines.getOrDefault(kind, List.of());
        Money total = Money.zero(ctx.currency());
        for (FinancialStatement.Line l : of) {
            total = total.plus(l.amount());
        }
        return new FinancialStatement.Section(kind, of, total);
    }
}
