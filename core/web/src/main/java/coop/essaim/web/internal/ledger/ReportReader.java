package coop.essaim.web.internal.ledger;

import coop.essaim.api.ledger.GeneralLedger;
import coop.essaim.api.ledger.LedgerReports;
import coop.essaim.api.people.Activity;
import coop.essaim.api.security.UserContext;
import coop.essaim.web.internal.Services;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads a report from the kernel's {@link LedgerReports} as a {@link ReportTable}, for a page or a file. */
final class ReportReader {

    private ReportReader() {
    }

    /** The activities the user may see, the structure first, then by name: the filter's choices and the reports' names. */
    static Map<Long, String> activityNames(UserContext user) {
        Map<Long, String> names = new LinkedHashMap<>();
        Services.activities().structure(user).ifPresent(s -> names.put(s.id(), s.name()));
        Services.activities().list(user, null, null).stream().sorted(Comparator.comparing(Activity::name))
                .forEach(a -> names.put(a.id(), a.name()));
        return names;
    }

    /** An entrepreneur's report is of one of their activities: the first one when they named none. */
    static void defaultActivity(ReportFilter filter, UserContext user, Map<Long, String> names) {
        if (filter.activity == null && !LedgerReport.WHOLE_BOOKS.test(user) && !names.isEmpty()) {
            filter.activity = names.keySet().iterator().next();
        }
    }

    /** The report's table; the general ledger's page of {@code pageSize} lines at the filter's offset. */
    static ReportTable table(LedgerReport report, UserContext user, ReportFilter f, ReportTables.Format format,
                             Function<Long, String> names, int pageSize) {
        LedgerReports reports = Services.ledgerReports();
        return switch (report) {
            case TRIAL_BALANCE -> ReportTables.trialBalance(f.byActivity
                    ? reports.trialBalanceByActivity(user, f.query()) : reports.trialBalance(user, f.query()),
                    format, names);
            case GENERAL_LEDGER -> {
                GeneralLedger page = reports.generalLedger(user, f.query(), f.offset, pageSize);
                yield new ReportTable(ReportTables.LEDGER_COLUMNS,
                        ReportTables.generalLedger(page, format, names, null, false), page.more(), null);
            }
            case BALANCE_SHEET -> ReportTables.balanceSheet(reports.balanceSheet(user, f.to), format);
            case INCOME_STATEMENT -> ReportTables.incomeStatement(reports.incomeStatement(user, f.query()), format);
        };
    }

    static List<String> accountChoices(UserContext user) {
        return Services.ledgerReports().accounts(user).stream().map(a -> a.code()).toList();
    }
}
