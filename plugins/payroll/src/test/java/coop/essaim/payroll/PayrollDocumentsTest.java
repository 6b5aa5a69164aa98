package coop.essaim.payroll;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.payroll.api.EmployeeFacts;
import coop.essaim.payroll.api.PayrollRun;
import coop.essaim.payroll.api.PayslipRecord;
import coop.essaim.payroll.internal.PayrollSettings;
import coop.essaim.payroll.internal.document.PayrollDocuments;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run's documents from the stored payslips: the SEPA transfer of October's net pay, the payslip PDF. */
class PayrollDocumentsTest {

    @RegisterExtension
    static EssaimTestKit essaim = PayrollFixture.kit();

    private final PayrollFixture fixture = new PayrollFixture(essaim);

    @Test
    void octobersNetPayIsTransferredOnceEveryoneHasAnIban() throws Exception {
        var payroll = fixture.payroll();
        YearMonth october = YearMonth.of(2026, 10);
        PayrollDocuments documents = payroll.documents();
        assertEquals(PayrollSettings.IBAN, assertThrows(ValidationException.class,
                () -> documents.sepaTransfer(fixture.accountant(), october)).errors().get(0).field());
        essaim.service(CooperativeSettings.class).change(essaim.demoUser("admin"), PayrollSettings.IBAN,
                "FR76 3000 6000 0112 3456 7890 189");
        ValidationException missing = assertThrows(ValidationException.class,
                () -> documents.sepaTransfer(fixture.accountant(), october));
        assertTrue(missing.errors().get(0).message().contains("Jeanne Martin"), missing.getMessage());

        PayrollRun run = payroll.runs().run(fixture.accountant(), october).orElseThrow();
        for (PayslipRecord p : run.payslips()) {
            payroll.employees().record(fixture.accountant(), new EmployeeFacts(p.personId(), false, null,
                    "FR6530004000030000000000110", null));
        }
        Document xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(documents.sepaTransfer(fixture.accountant(), october).content()));
        String ns = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
        assertEquals(String.valueOf(run.payslips().size()),
                xml.getElementsByTagNameNS(ns, "NbOfTxs").item(0).getTextContent());
        Money total = run.totalNetPaid(Money.zero(Currency.getInstance("EUR")));
        assertEquals(total.toDecimal().setScale(2).toPlainString(),
                xml.getElementsByTagNameNS(ns, "CtrlSum").item(0).getTextContent());
        assertThrows(AccessDeniedException.class, () -> documents.sepaTransfer(fixture.adviser(), october));
    }

    @Test
    void aWrongIbanIsRefusedAndTheFactsStayAsTheyWere() {
        var employees = fixture.payroll().employees();
        long jeanne = fixture.jeannePerson();
        EmployeeFacts before = employees.readable(fixture.accountant(), jeanne);
        ValidationException wrong = assertThrows(ValidationException.class, () -> employees.record(
                fixture.accountant(), new EmployeeFacts(jeanne, true, new BigDecimal("7.5"),
                        "FR7630006000011234567890188", null)));
        assertEquals("iban", wrong.errors().get(0).field());
        assertEquals(before, employees.readable(fixture.accountant(), jeanne));
        assertEquals("withholdingRatePercent", assertThrows(ValidationException.class, () -> employees.record(
                fixture.accountant(), new EmployeeFacts(jeanne, false, new BigDecimal("75"), null, null)))
                .errors().get(0).field());
    }

    @Test
    void thePayslipPdfIsJeannesAloneToReadWithTheAccountants() {
        PayslipRecord june = fixture.payroll().runs().ownPayslips(fixture.jeanne()).stream()
                .filter(p -> p.month().equals(YearMonth.of(2026, 6))).findFirst().orElseThrow();
        PayrollDocuments documents = fixture.payroll().documents();
        byte[] pdf = documents.payslipPdf(fixture.jeanne(), june.id()).orElseThrow().content();
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(documents.payslipPdf(fixture.accountant(), june.id()).isPresent());
        PayslipRecord other = fixture.payroll().runs().run(fixture.accountant(), YearMonth.of(2026, 10))
                .orElseThrow().payslips().stream().filter(p -> p.personId() != fixture.jeannePerson()).findFirst()
                .orElseThrow();
        assertFalse(documents.payslipPdf(fixture.jeanne(), other.id()).isPresent());
    }
}
