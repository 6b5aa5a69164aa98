package coop.essaim.invoicing;

import coop.essaim.api.mail.SentMail;
import coop.essaim.api.people.Address;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.CustomerDetails;
import coop.essaim.invoicing.api.CustomerKind;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceQuery;
import coop.essaim.invoicing.api.Reminder;
import coop.essaim.invoicing.api.ReminderLevel;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.TestMailbox;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static coop.essaim.invoicing.InvoicingFixture.draft;
import static coop.essaim.invoicing.InvoicingFixture.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invoices and reminders e-mailed through a real SMTP server (GreenMail), the Factur-X attached. */
class InvoiceMailingTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);
    private TestMailbox mailbox;

    @BeforeEach
    void smtpServer() {
        mailbox = TestMailbox.start(essaim, essaim.demoUser("admin"), "factures@essaim-demo.example");
    }

    @AfterEach
    void stop() {
        mailbox.close();
    }

    @Test
    void aValidatedInvoiceIsEMailedToTheCustomerWithItsFacturX() throws Exception {
        UserContext compta = fixture.accountant();
        Customer customer = fixture.customer(compta, fixture.jeanneActivity(), "Atelier Envoi");
        Invoice invoice = fixture.invoicing().invoices().validate(compta, fixture.invoicing().invoices()
                .createDraft(compta, fixture.jeanneActivity(), draft(customer.id(), service("Retouches", "1",
                        "90.00"))).id());

        SentMail sent = fixture.invoicing().mailing().send(compta, invoice.id());

        List<MimeMessage> received = mailbox.received();
        assertEquals(1, received.size());
        assertEquals(customer.details().email(), received.get(0).getAllRecipients()[0].toString());
        assertTrue(received.get(0).getSubject().contains(invoice.number()), received.get(0).getSubject());
        byte[] pdf = TestMailbox.pdfAttachment(received.get(0), "facture-" + invoice.number() + ".pdf");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("factur-x.xml"), "the CII XML is embedded");
        assertEquals(List.of(sent.id()), fixture.invoicing().mailing().sendings(compta, invoice.id()).stream()
                .map(SentMail::id).toList());
    }

    @Test
    void anOverdueInvoiceGetsAFirstReminderThenAFormalNotice() throws Exception {
        UserContext compta = fixture.accountant();
        Invoice overdue = fixture.invoicing().invoices().list(compta, new InvoiceQuery(null, null, LocalDate.now(),
                0, 1)).items().get(0);

        ValidationException tooSoon = assertThrows(ValidationException.class, () -> fixture.invoicing().mailing()
                .remind(compta, overdue.id(), ReminderLevel.FORMAL_NOTICE, true));
        assertEquals("level", tooSoon.errors().get(0).field());
        Reminder first = fixture.invoicing().mailing().remind(compta, overdue.id(), ReminderLevel.FIRST_REMINDER,
                true);
        Reminder notice = fixture.invoicing().mailing().remind(compta, overdue.id(), ReminderLevel.FORMAL_NOTICE,
                false);

        assertTrue(first.byEmail());
        assertFalse(notice.byEmail());
        assertNull(notice.mailId());
        assertEquals(1, mailbox.received().size(), "the formal notice went by post");
        assertTrue(mailbox.received().get(0).getSubject().startsWith("Relance"));
        assertEquals(List.of(ReminderLevel.FIRST_REMINDER, ReminderLevel.FORMAL_NOTICE), fixture.invoicing()
                .mailing().reminders(compta, overdue.id()).stream().map(Reminder::level).toList());
    }

    @Test
    void anInvoiceNotOverdueOrACustomerWithoutAddressIsRefusedAndNothingIsSent() {
        UserContext compta = fixture.accountant();
        Customer silent = fixture.invoicing().customers().create(compta, fixture.jeanneActivity(),
                new CustomerDetails(CustomerKind.PERSON, "M. Sans Courriel", null, Address.NONE, null, null, null));
        Invoice invoice = fixture.invoicing().invoices().validate(compta, fixture.invoicing().invoices()
                .createDraft(compta, fixture.jeanneActivity(), draft(silent.id(), service("Ourlet", "1", "20.00")))
                .id());

        assertEquals("invoice", assertThrows(ValidationException.class, () -> fixture.invoicing().mailing()
                .remind(compta, invoice.id(), ReminderLevel.FIRST_REMINDER, true)).errors().get(0).field());
        assertEquals("customer.email", assertThrows(ValidationException.class, () -> fixture.invoicing().mailing()
                .send(compta, invoice.id())).errors().get(0).field());
        assertEquals(0, mailbox.received().size());
        assertTrue(fixture.invoicing().mailing().reminders(compta, invoice.id()).isEmpty());
    }

}
