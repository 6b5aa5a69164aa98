package coop.essaim.invoicing;

import coop.essaim.api.ledger.ChainVerification;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.people.ResultPage;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceQuery;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's invoices: eighteen months of them, numbered in date order, some overdue, the books intact. */
class InvoicingDemoTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);

    @Test
    void theDemoHasEighteenMonthsOfInvoicesNumberedInDateOrderSomeOverdue() {
        UserContext compta = fixture.accountant();
        ResultPage<Invoice> all = fixture.invoicing().invoices().list(compta,
                new InvoiceQuery(null, InvoiceStatus.VALIDATED, null, 0, InvoiceQuery.MAX_LIMIT));
        assertTrue(all.total() > 50, "invoices: " + all.total());
        List<Invoice> byNumber = all.items().stream().sorted(java.util.Comparator.comparing(Invoice::number)).toList();
        for (int i = 1; i < byNumber.size(); i++) {
            Invoice before = byNumber.get(i - 1);
            Invoice after = byNumber.get(i);
            if (before.number().substring(0, 4).equals(after.number().substring(0, 4))) {
                assertTrue(!after.issueDate().isBefore(before.issueDate()), before.number() + " / " + after.number());
            }
        }
        LocalDate oldest = all.items().stream().map(Invoice::issueDate).min(LocalDate::compareTo).orElseThrow();
        assertTrue(oldest.isBefore(LocalDate.now().minusMonths(16)), "oldest " + oldest);
        long overdue = fixture.invoicing().invoices().list(compta,
                new InvoiceQuery(null, null, LocalDate.now(), 0, 10)).total();
        assertTrue(overdue > 0, "some are overdue");
        assertTrue(fixture.invoicing().invoices().list(compta, new InvoiceQuery(fixture.jeanneActivity(), null, null,
                0, 10)).items().isEmpty(), "Jeanne's books stay those of the domain guide");
        ChainVerification chain = essaim.service(Ledger.class).verifyChain(compta, compta.cooperativeId());
        assertTrue(chain.intact(), chain.toString());
        assertEquals(0, all.items().stream().filter(i -> i.ledgerEntryId() == null).count());
    }
}
