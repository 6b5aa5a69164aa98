package coop.essaim.payroll.internal.document;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.api.payroll.PayslipLine;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A month's payroll as CSV for an outside payroll or declaration tool: one row per payslip, or one row per
 * payslip line. A machine format: UTF-8 without a byte order mark, comma separated, quoted where needed (RFC
 * 4180), a header row of stable English column names, amounts and rates with a decimal point and no grouping
 * ({@code 2500.00}, {@code 6.90}), months as {@code 2025-05}. Only the line labels are in a language, the one asked.
 */
public final class PayrollCsv {

    static final String[] PAYSLIP_COLUMNS = {"person_number", "name", "activity_code", "month", "hours",
            "currency", "gross", "employee_contributions", "employer_contributions", "net_before_income_tax",
            "net_taxable", "withholding", "net_paid", "employer_cost", "parameter_edition"};
    static final String[] LINE_COLUMNS = {"person_number", "activity_code", "month", "code", "label", "currency",
            "base", "employee_rate_percent", "employee_amount", "employer_rate_percent", "employer_amount",
            "payable_account"};

    /** One payslip of the month with who it pays and the activity whose budget pays it. */
    public record Entry(String personNumber, String name, String activityCode, Payslip payslip) {

        public Entry {
            if (personNumber == null || personNumber.isBlank()) {
                throw new IllegalArgumentException("personNumber: required");
            }
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("name: required");
            }
            Objects.requireNonNull(payslip, "payslip");
            activityCode = activityCode == null ? "" : activityCode.strip();
        }
    }

    private final BiFunction<String, Locale, String> labels;

    public PayrollCsv(BiFunction<String, Locale, String> labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    /** One row per payslip: who, which month, the hours and every total of the payslip. */
    public byte[] payslips(List<Entry> entries) {
        return write(PAYSLIP_COLUMNS, printer -> {
            for (Entry e : entries) {
                Payslip p = e.payslip();
                printer.printRecord(e.personNumber(), e.name(), e.activityCode(), p.month(),
                        plain(p.situation().monthlyHours()), p.gross().currency().getCurrencyCode(), plain(p.gross()),
                        plain(p.employeeContributions()), plain(p.employerContributions()),
                        plain(p.netBeforeIncomeTax()), plain(p.netTaxable()), plain(p.withholding()),
                        plain(p.netPaid()), plain(p.employerCost()), p.parameterEdition());
            }
        });
    }

    /** One row per payslip line, its label in {@code locale}; an empty rate where that side pays nothing. */
    public byte[] lines(List<Entry> entries, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return write(LINE_COLUMNS, printer -> {
            for (Entry e : entries) {
                Payslip p = e.payslip();
                for (PayslipLine l : p.lines()) {
                    printer.printRecord(e.personNumber(), e.activityCode(), p.month(), l.code(),
                            labels.apply(l.code(), locale), l.base().currency().getCurrencyCode(), plain(l.base()),
                            plain(l.employeeRatePercent()), plain(l.employeeAmount()),
                            plain(l.employerRatePercent()), plain(l.employerAmount()), l.payableAccount());
                }
            }
        });
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static byte[] write(String[] columns, Rows rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns).get();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, format)) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the payroll CSV", e);
        }
        return out.toByteArray();
    }

    private static String plain(Money amount) {
        return amount.toPlainString();
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }
}
