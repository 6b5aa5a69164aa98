package coop.essaim.web.api;

import coop.essaim.api.ledger.BalanceSheet;
import coop.essaim.api.ledger.FinancialStatement;
import coop.essaim.api.ledger.GeneralLedger;
import coop.essaim.api.ledger.IncomeStatement;
import coop.essaim.api.ledger.LedgerReports;
import coop.essaim.api.ledger.ReportQuery;
import coop.essaim.api.ledger.TrialBalance;
import coop.essaim.api.people.Activities;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /api/v1/ledger/reports/*}: the trial balance, general ledger, balance sheet and income statement with
 * the {@link LedgerReports} rules. A bad parameter, or one the report refuses (a period over two fiscal years,
 * an unknown account), is a 400 naming it; an activity the caller may not see a 404.
 */
final class LedgerReportsResource {

    private LedgerReportsResource() {
    }

    /** {@code ?from=&to=&activity=&by=account|both}. */
    static void trialBalance(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        QueryParameters q = exchange.query();
        ReportQuery query = period(q);
        String by = q.string("by") == null ? "account" : q.requiredChoice("by", List.of("account", "both"));
        q.complete();
        visible(exchange, user, query.activityId());
        TrialBalance tb = refusedAs400(exchange, () -> "both".equals(by)
                ? reports(exchange).trialBalanceByActivity(user, query) : reports(exchange).trialBalance(user, query));
        Map<String, Object> out = header(query.from(), query.to(), query.activityId(), tb.currency().getCurrencyCode());
        out.put("by", by);
        out.put("rows", tb.rows().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("account", r.accountCode());
            row.put("label", r.label());
            row.put("kind", r.kind() == null ? null : r.kind().name());
            row.put("activityId", r.activityId());
            row.put("openingDebit", MoneyJson.write(r.openingDebit()));
            row.put("openingCredit", MoneyJson.write(r.openingCredit()));
            row.put("debit", MoneyJson.write(r.debit()));
            row.put("credit", MoneyJson.write(r.credit()));
            row.put("closingDebit", MoneyJson.write(r.closingDebit()));
            row.put("closingCredit", MoneyJson.write(r.closingCredit()));
            return row;
        }).toList());
        TrialBalance.Totals t = tb.totals();
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("openingDebit", MoneyJson.write(t.openingDebit()));
        totals.put("openingCredit", MoneyJson.write(t.openingCredit()));
        totals.put("debit", MoneyJson.write(t.debit()));
        totals.put("credit", MoneyJson.write(t.credit()));
        totals.put("closingDebit", MoneyJson.write(t.closingDebit()));
        totals.put("closingCredit", MoneyJson.write(t.closingCredit()));
        totals.put("balanced", t.balanced());
        out.put("totals", totals);
        exchange.send(200, out);
    }

    /** {@code ?from=&to=&account=&activity=&offset=&limit=}: the items are the accounts on the page of lines. */
    static void generalLedger(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        QueryParameters q = exchange.query();
        ReportQuery query = period(q).ofAccount(q.string("account"));
        int offset = q.offset();
        int limit = q.limit();
        q.complete();
        visible(exchange, user, query.activityId());
        GeneralLedger page = refusedAs400(exchange, () -> reports(exchange).generalLedger(user, query, offset, limit));
        Page.send(exchange, page.accounts().stream().map(LedgerReportsResource::account).toList(), offset, limit,
                null, page.more());
    }

    /** {@code ?date=}. */
    static void balanceSheet(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        QueryParameters q = exchange.query();
        LocalDate date = q.requiredDate("date");
        q.complete();
        BalanceSheet sheet = refusedAs400(exchange, () -> reports(exchange).balanceSheet(user, date));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", sheet.date().toString());
        out.put("yearStart", sheet.yearStart().toString());
        out.put("currency", sheet.currency().getCurrencyCode());
        out.put("assets", section(sheet.assets()));
        out.put("liabilities", section(sheet.liabilities()));
        out.put("equity", section(sheet.equity()));
        out.put("result", MoneyJson.write(sheet.result()));
        out.put("totalAssets", MoneyJson.write(sheet.totalAssets()));
        out.put("totalLiabilitiesAndEquity", MoneyJson.write(sheet.totalLiabilitiesAndEquity()));
        out.put("balanced", sheet.balanced());
        exchange.send(200, out);
    }

    /** {@code ?from=&to=&activity=}. */
    static void incomeStatement(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        QueryParameters q = exchange.query();
        ReportQuery query = period(q);
        q.complete();
        visible(exchange, user, query.activityId());
        IncomeStatement s = refusedAs400(exchange, () -> reports(exchange).incomeStatement(user, query));
        Map<String, Object> out = header(s.from(), s.to(), s.activityId(), s.currency().getCurrencyCode());
        out.put("revenue", section(s.revenue()));
        out.put("expenses", section(s.expenses()));
        out.put("result", MoneyJson.write(s.result()));
        exchange.send(200, out);
    }

    private static ReportQuery period(QueryParameters q) {
        return new ReportQuery(q.requiredDate("from"), q.requiredDate("to"), q.id("activity"), null);
    }

    /** An activity the caller may not see (or of another cooperative) is not found, as everywhere in the API. */
    private static void visible(ApiExchange exchange, UserContext user, Long activityId) {
        if (activityId != null) {
            exchange.kernel().service(Activities.class).find(user, activityId).orElseThrow(exchange::notFound);
        }
    }

    /** The report's refusals are about the query's parameters: a 400 naming them, like a malformed one. */
    private static <T> T refusedAs400(ApiExchange exchange, Supplier<T> report) {
        try {
            return report.get();
        } catch (ValidationException e) {
            if (e.errors().stream().anyMatch(f -> f.field().equals("activity"))) {
                throw exchange.notFound();
            }
            throw new ApiProblem(400, exchange.text("api.query.invalid"), e.errors().stream()
                    .map(f -> new ApiProblem.FieldProblem(f.field(), f.message())).toList(), Map.of());
        }
    }

    private static Map<String, Object> header(LocalDate from, LocalDate to, Long activityId, String currency) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", from.toString());
        out.put("to", to.toString());
        out.put("activityId", activityId);
        out.put("currency", currency);
        return out;
    }

    private static Map<String, Object> account(GeneralLedger.AccountLines a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("account", a.accountCode());
        out.put("label", a.label());
        out.put("kind", a.kind() == null ? null : a.kind().name());
        out.put("opening", MoneyJson.write(a.opening()));
        out.put("broughtForward", MoneyJson.write(a.broughtForward()));
        out.put("debit", MoneyJson.write(a.debit()));
        out.put("credit", MoneyJson.write(a.credit()));
        out.put("closing", MoneyJson.write(a.closing()));
        out.put("lines", a.lines().stream().map(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("date", l.date().toString());
            line.put("journal", l.journal().code());
            line.put("entry", l.entryReference());
            line.put("entryId", l.entryId());
            line.put("pieceReference", l.pieceReference());
            line.put("label", l.label());
            line.put("activityId", l.activityId());
            line.put("debit", MoneyJson.write(l.debit()));
            line.put("credit", MoneyJson.write(l.credit()));
            line.put("lettering", l.lettering());
            line.put("balance", MoneyJson.write(l.balance()));
            return line;
        }).toList());
        return out;
    }

    private static Map<String, Object> section(FinancialStatement.Section s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", s.kind().name());
        out.put("lines", s.lines().stream().map(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("account", l.accountCode());
            line.put("label", l.label());
            line.put("amount", MoneyJson.write(l.amount()));
            return line;
        }).toList());
        out.put("total", MoneyJson.write(s.total()));
        return out;
    }

    private static LedgerReports reports(ApiExchange exchange) {
        return exchange.kernel().service(LedgerReports.class);
    }
}
