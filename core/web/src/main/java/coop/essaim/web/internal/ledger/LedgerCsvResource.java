package coop.essaim.web.internal.ledger;

import coop.essaim.api.ledger.GeneralLedger;
import coop.essaim.api.ledger.LedgerReports;
import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.web.internal.CsvDownload;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.people.PeopleCsvResource;
import coop.essaim.web.internal.security.EssaimSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A report as CSV (UTF-8, comma separated, a header row of stable codes), with the filters of its page: amounts
 * as plain decimals ({@code 1200.00}), dates ISO, section names as codes, so scripts and spreadsheets read it
 * in every language. Checked like the page; a cell a spreadsheet would run as a formula is defused as the
 * people export does. The general ledger is written a page of {@link LedgerReports#MAX_PAGE} lines at a time.
 */
public final class LedgerCsvResource extends AbstractResource {

    private static final long serialVersionUID = 1L;

    private static final Map<LedgerReport, ResourceReference> REFERENCES = new EnumMap<>(LedgerReport.class);

    static {
        for (LedgerReport r : LedgerReport.values()) {
            REFERENCES.put(r, new ResourceReference(LedgerCsvResource.class, r.slug() + ".csv") {
                private static final long serialVersionUID = 1L;

                @Override
                public IResource getResource() {
                    return new LedgerCsvResource(r);
                }
            });
        }
    }

    private static final ReportTables.Format PLAIN = new ReportTables.Format() {
        private static final long serialVersionUID = 1L;

        @Override
        public String money(Money m) {
            return m.toPlainString();
        }

        @Override
        public String date(LocalDate d) {
            return d.toString();
        }
    };

    private final LedgerReport report;

    private LedgerCsvResource(LedgerReport report) {
        this.report = report;
    }

    public static ResourceReference reference(LedgerReport report) {
        return REFERENCES.get(report);
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        ResourceResponse response = new ResourceResponse();
        UserContext user = EssaimSession.get().user().orElse(null);
        if (user == null || !report.mayOpen().test(user)) {
            return response.setError(user == null ? 401 : 403);
        }
        ReportFilter filter = ReportFilter.of(attributes.getParameters(), report, user);
        Map<Long, String> names = ReportReader.activityNames(user);
        ReportReader.defaultActivity(filter, user, names);
        if (filter.malformed != null) {
            return response.setError(400, filter.malformed);
        }
        Function<Long, String> activityNames = ReportTables.names(names);
        ReportTable first;
        try {
            // read before the response starts, so a refusal is an error status, not half a file
            first = ReportReader.table(report, user, filter.atOffset(0), PLAIN, activityNames, LedgerReports.MAX_PAGE);
        } catch (ValidationException e) {
            boolean activity = e.errors().stream().anyMatch(f -> f.field().equals("activity"));
            return response.setError(activity ? 404 : 400, e.getMessage());
        } catch (AccessDeniedException e) {
            return response.setError(403);
        }
        CsvDownload.attachment(response, report.slug() + ".csv");
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes a) throws IOException {
                Writer out = new OutputStreamWriter(a.getResponse().getOutputStream(), StandardCharsets.UTF_8);
                // not closed: closing the printer would close the response's stream, which the container owns
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                        .setHeader(first.columns().toArray(String[]::new)).get());
                if (report == LedgerReport.GENERAL_LEDGER) {
                    writeGeneralLedger(csv, user, filter, activityNames);
                } else {
                    write(csv, first.rows());
                }
                csv.flush();
            }
        });
        return response;
    }

    /** Every page after the first read again from the kernel, so the file never holds the year in memory. */
    private static void writeGeneralLedger(CSVPrinter csv, UserContext user, ReportFilter filter,
                                           Function<Long, String> names) {
        String continuing = null;
        int offset = 0;
        GeneralLedger page;
        do {
            page = Services.ledgerReports().generalLedger(user, filter.query(), offset, LedgerReports.MAX_PAGE);
            write(csv, ReportTables.generalLedger(page, PLAIN, names, continuing, true));
            List<GeneralLedger.AccountLines> accounts = page.accounts();
            continuing = accounts.isEmpty() ? null : accounts.get(accounts.size() - 1).accountCode();
            offset += LedgerReports.MAX_PAGE;
        } while (page.more());
    }

    private static void write(CSVPrinter csv, List<ReportTable.Row> rows) {
        try {
            for (ReportTable.Row row : rows) {
                csv.printRecord(row.cells().stream().map(c -> PeopleCsvResource.defused(c.text())).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
