package coop.essaim.reporting.internal;

import coop.essaim.reporting.api.ActivityReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's table as CSV for a spreadsheet: semicolons, one row per measure (its key, so a sheet can refer to
 * it, and its label), a column per year (plain numbers, a dot before the cents; empty when the measure has no
 * value or is withheld), then the change; then the report year's mixes,
 * one row per part. The download adds the BOM French spreadsheets need.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static String write(ActivityReport report, Locale locale) {
        Messages m = new Messages(locale);
        List<String> header = new ArrayList<>(List.of(m.text("csv.key"), m.text("csv.measure")));
        report.years().forEach(y -> header.add(String.valueOf(y)));
        header.add(m.text("csv.change"));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader(header.toArray(String[]::new)).get())) {
            for (ActivityReport.Row row : report.rows()) {
                List<String> line = new ArrayList<>(List.of(row.key(), row.label()));
                row.cells().forEach(c -> line.add(plain(c.number(), c.money())));
                line.add(plain(row.change().number(), row.change().money()));
                csv.printRecord(line);
            }
            for (ActivityReport.Row row : report.rows()) {
                for (ActivityReport.Part p : row.parts()) {
                    csv.printRecord(row.key() + "." + p.key(), row.label() + " : " + p.label(),
                            String.valueOf(p.count()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Figures as plain numbers (a dot before the cents), which any spreadsheet reads; empty when none. */
    private static String plain(java.math.BigDecimal number, coop.essaim.api.money.Money money) {
        return money != null ? money.toPlainString() : number != null ? number.toPlainString() : "";
    }
}
