package coop.essaim.web.internal.ledger;

import coop.essaim.api.ledger.BalanceSheet;
import coop.essaim.api.ledger.FinancialStatement;
import coop.essaim.api.ledger.GeneralLedger;
import coop.essaim.api.ledger.IncomeStatement;
import coop.essaim.api.ledger.TrialBalance;
import coop.essaim.api.money.Money;
import coop.essaim.web.internal.ledger.ReportTable.Cell;
import coop.essaim.web.internal.ledger.ReportTable.Row;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The four reports as {@link ReportTable}s. {@code money} writes an amount, {@code date} a date and
 * {@code activities} names an activity by id, so a page and a file render the same rows their own way.
 */
final class ReportTables {

    interface Format extends Serializable {
        String money(Money m);

        String date(LocalDate d);
    }

    private ReportTables() {
    }

    static ReportTable trialBalance(TrialBalance tb, Format f, Function<Long, String> activities) {
        List<String> columns = new ArrayList<>(List.of("account", "label"));
        if (tb.byActivity()) {
            columns.add("activity");
        }
        columns.addAll(List.of("opening_debit", "opening_credit", "debit", "credit", "closing_debit",
                "closing_credit"));
        List<Row> rows = new ArrayList<>();
        for (TrialBalance.Row r : tb.rows()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(r.accountCode()), Cell.text(r.label())));
            if (tb.byActivity()) {
                cells.add(Cell.text(activities.apply(r.activityId())));
            }
            cells.addAll(amounts(f, r.openingDebit(), r.openingCredit(), r.debit(), r.credit(), r.closingDebit(),
                    r.closingCredit()));
            rows.add(new Row(cells, false));
        }
        TrialBalance.Totals t = tb.totals();
        List<Cell> total = new ArrayList<>(List.of(Cell.key("total"), Cell.text("")));
        if (tb.byActivity()) {
            total.add(Cell.text(""));
        }
        total.addAll(amounts(f, t.openingDebit(), t.openingCredit(), t.debit(), t.credit(), t.closingDebit(),
                t.closingCredit()));
        rows.add(new Row(total, true));
        return new ReportTable(columns, rows, false, t.balanced() ? "balanced" : "unbalanced");
    }

    static final List<String> LEDGER_COLUMNS = List.of("account", "date", "journal", "entry", "piece", "label",
            "activity", "debit", "credit", "lettering", "balance");

    /**
     * A page of the general ledger; {@code continuing}: the account the previous page ended in, whose opening
     * row a file does not repeat (a page shows it as brought forward).
     */
    static List<Row> generalLedger(GeneralLedger page, Format f, Function<Long, String> activities,
                                   String continuing, boolean file) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < page.accounts().size(); i++) {
            GeneralLedger.AccountLines a = page.accounts().get(i);
            boolean continued = a.accountCode().equals(continuing) && i == 0;
            if (!continued || !file) {
                rows.add(Row.of(true, Cell.text(a.accountCode()), Cell.text(""), Cell.text(""), Cell.text(""),
                        Cell.text(""), continued ? Cell.key("broughtForward") : Cell.text(a.label()), Cell.text(""),
                        Cell.text(""), Cell.text(""), Cell.text(""), Cell.amount(f.money(a.broughtForward()))));
            }
            for (GeneralLedger.Line l : a.lines()) {
                rows.add(Row.of(false, Cell.text(a.accountCode()), Cell.text(f.date(l.date())),
                        Cell.text(l.journal().code()), Cell.text(l.entryReference()), Cell.text(l.pieceReference()),
                        Cell.text(l.label()), Cell.text(activities.apply(l.activityId())),
                        Cell.amount(f.money(l.debit())), Cell.amount(f.money(l.credit())), Cell.text(l.lettering()),
                        Cell.amount(f.money(l.balance()))));
            }
            if (i < page.accounts().size() - 1 || !page.more()) {
                rows.add(Row.of(true, Cell.text(a.accountCode()), Cell.text(""), Cell.text(""), Cell.text(""),
                        Cell.text(""), Cell.key("closing"), Cell.text(""), Cell.amount(f.money(a.debit())),
                        Cell.amount(f.money(a.credit())), Cell.text(""), Cell.amount(f.money(a.closing()))));
            }
        }
        return rows;
    }

    static final List<String> STATEMENT_COLUMNS = List.of("section", "account", "label", "amount");

    static ReportTable balanceSheet(BalanceSheet sheet, Format f) {
        List<Row> rows = new ArrayList<>();
        section(rows, sheet.assets(), f);
        rows.add(Row.of(true, Cell.key("totalAssets"), Cell.text(""), Cell.text(""),
                Cell.amount(f.money(sheet.totalAssets()))));
        section(rows, sheet.liabilities(), f);
        section(rows, sheet.equity(), f);
        rows.add(Row.of(false, Cell.key("EQUITY"), Cell.text(""), Cell.key("result"),
                Cell.amount(f.money(sheet.result()))));
        rows.add(Row.of(true, Cell.key("totalLiabilitiesAndEquity"), Cell.text(""), Cell.text(""),
                Cell.amount(f.money(sheet.totalLiabilitiesAndEquity()))));
        return new ReportTable(STATEMENT_COLUMNS, rows, false, sheet.balanced() ? "sheetBalanced" : "sheetUnbalanced");
    }

    static ReportTable incomeStatement(IncomeStatement statement, Format f) {
        List<Row> rows = new ArrayList<>();
        section(rows, statement.revenue(), f);
        section(rows, statement.expenses(), f);
        rows.add(Row.of(true, Cell.key("result"), Cell.text(""), Cell.text(""),
                Cell.amount(f.money(statement.result()))));
        return new ReportTable(STATEMENT_COLUMNS, rows);
    }

    private static void section(List<Row> rows, FinancialStatement.Section s, Format f) {
        for (FinancialStatement.Line l : s.lines()) {
            rows.add(Row.of(false, Cell.key(s.kind().name()), Cell.text(l.accountCode()), Cell.text(l.label()),
                    Cell.amount(f.money(l.amount()))));
        }
        rows.add(Row.of(true, Cell.key("total." + s.kind().name()), Cell.text(""), Cell.text(""),
                Cell.amount(f.money(s.total()))));
    }

    private static List<Cell> amounts(Format f, Money... amounts) {
        List<Cell> cells = new ArrayList<>();
        for (Money m : amounts) {
            cells.add(Cell.amount(f.money(m)));
        }
        return cells;
    }

    /** An activity's name by id, its id when unknown to the user. */
    static Function<Long, String> names(Map<Long, String> names) {
        return id -> id == null ? "" : names.getOrDefault(id, Long.toString(id));
    }
}
