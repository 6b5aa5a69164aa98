package coop.essaim.payroll.internal.document;

import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.Payslip;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PayrollCsvTest {

    private final PayrollCsv csv = new PayrollCsv(PayslipSamples.LABEL);

    private static List<PayrollCsv.Entry> month() {
        Payslip partTime = PayslipSamples.payslip(EmployeeSituation.of(new BigDecimal("13"), 8, new BigDecimal("2.12")),
                PayslipSamples.mayLines(), "0.00");
        return List.of(new PayrollCsv.Entry("ES-0042", "Zoé Lefèvre", "ATL-LUM", PayslipSamples.may()),
                new PayrollCsv.Entry("ES-0043", "Dupont, \"Jo\"", "", partTime));
    }

    @Test
    void onePayslipARowWithEveryTotalInMachineFormat() throws IOException {
        byte[] bytes = csv.payslips(month());
        assertFalse(bytes.length > 2 && bytes[0] == (byte) 0xEF, "no byte order mark");
        List<CSVRecord> rows = parse(bytes, PayrollCsv.PAYSLIP_COLUMNS);
        assertEquals(2, rows.size());

        CSVRecord zoe = rows.get(0);
        assertEquals("ES-0042", zoe.get("person_number"));
        assertEquals("Zoé Lefèvre", zoe.get("name"));
        assertEquals("ATL-LUM", zoe.get("activity_code"));
        assertEquals("2025-05", zoe.get("month"));
        assertEquals("151.67", zoe.get("hours"));
        assertEquals("EUR", zoe.get("currency"));
        assertEquals("2500.00", zoe.get("gross"));
        assertEquals("499.51", zoe.get("employee_contributions"));
        assertEquals("595.25", zoe.get("employer_contributions"));
        assertEquals("2000.49", zoe.get("net_before_income_tax"));
        assertEquals("2071.72", zoe.get("net_taxable"));
        assertEquals("72.51", zoe.get("withholding"));
        assertEquals("1927.98", zoe.get("net_paid"));
        assertEquals("3095.25", zoe.get("employer_cost"));
        assertEquals("FR 2025-05-01", zoe.get("parameter_edition"));

        CSVRecord jo = rows.get(1);
        assertEquals("Dupont, \"Jo\"", jo.get("name"), "a comma and quotes survive the round trip");
        assertEquals("", jo.get("activity_code"));
        assertEquals("13", jo.get("hours"));
        assertEquals("0.00", jo.get("withholding"));
        assertEquals("2000.49", jo.get("net_paid"));
    }

    @Test
    void onePayslipLineARowWithItsLabelInTheLanguageAsked() throws IOException {
        List<CSVRecord> rows = parse(csv.lines(month(), Locale.FRANCE), PayrollCsv.LINE_COLUMNS);
        int perPayslip = PayslipSamples.mayLines().size();
        assertEquals(2 * perPayslip, rows.size());

        CSVRecord pension = rows.get(1);
        assertEquals("ES-0042", pension.get("person_number"));
        assertEquals("ATL-LUM", pension.get("activity_code"));
        assertEquals("2025-05", pension.get("month"));
        assertEquals("fr.vieillesse.plafonnee", pension.get("code"));
        assertEquals("Vieillesse plafonnée", pension.get("label"));
        assertEquals("2500.00", pension.get("base"));
        assertEquals("6.90", pension.get("employee_rate_percent"));
        assertEquals("172.50", pension.get("employee_amount"));
        assertEquals("8.55", pension.get("employer_rate_percent"));
        assertEquals("213.75", pension.get("employer_amount"));
        assertEquals("431000", pension.get("payable_account"));

        CSVRecord health = rows.get(0);
        assertEquals("", health.get("employee_rate_percent"), "no rate where that side pays nothing");
        assertEquals("0.00", health.get("employee_amount"));
        CSVRecord reduction = rows.get(perPayslip - 1);
        assertEquals("-203.75", reduction.get("employer_amount"));
        assertEquals("ES-0043", rows.get(perPayslip).get("person_number"));

        List<CSVRecord> english = parse(csv.lines(month(), Locale.UK), PayrollCsv.LINE_COLUMNS);
        assertEquals("Capped old-age pension", english.get(1).get("label"));
    }

    @Test
    void anEntryWithoutItsPersonIsRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PayrollCsv.Entry(" ", "Zoé", "A", PayslipSamples.may()));
        assertEquals("personNumber: required", e.getMessage());
    }

    /** Parses with the header row, which must be exactly the documented columns. */
    private static List<CSVRecord> parse(byte[] bytes, String[] columns) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            assertEquals(List.of(columns), parser.getHeaderNames());
            return parser.getRecords();
        }
    }
}
