package coop.essaim.invoicing;

import coop.essaim.api.ledger.ActivityAccount;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.InternalInvoice;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;

import static coop.essaim.invoicing.InvoicingFixture.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Work sold between two activities: both sides posted, no VAT, no second contribution. */
class InternalInvoicesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);

    @Test
    void theBuyersAcceptancePostsTheSellersTurnoverAndTheBuyersCostWithoutASecondContribution() {
        UserContext jeanne = fixture.jeanne();
        UserContext compta = fixture.accountant();
        long seller = fixture.jeanneActivity();
        long buyer = fixture.otherActivity();
        LocalDate from = LocalDate.now().withDayOfYear(1);
        ActivityAccount sellerBefore = account(compta, seller, from);
        ActivityAccount buyerBefore = account(compta, buyer, from);

        InternalInvoice draft = fixture.invoicing().internalInvoices().draft(jeanne, seller, buyer, null,
                "Costumes pour le spectacle d’un autre membre", new BigDecimal("2"), "DAY", eur("300.00"));
        assertEquals(eur("600.00"), draft.total());
        assertTrue(fixture.invoicing().internalInvoices().of(compta, buyer).stream()
                .anyMatch(i -> i.id() == draft.id()), "the buyer's side sees it");
        assertThrows(AccessDeniedException.class, () -> fixture.invoicing().internalInvoices().accept(jeanne,
                draft.id()), "the seller does not accept her own internal invoice");

        InternalInvoice accepted = fixture.invoicing().internalInvoices().accept(compta, draft.id());

        ValidatedEntry entry = essaim.service(Ledger.class).entry(compta, accepted.ledgerEntryId()).orElseThrow();
        assertEquals(JournalCode.MISC, entry.journal());
        assertEquals(2, entry.lines().size());
        assertTrue(entry.lines().stream().anyMatch(l -> l.accountCode().equals("604800") && l.activityId() == buyer));
        assertTrue(entry.lines().stream().anyMatch(l -> l.accountCode().equals("708800") && l.activityId() == seller));
        ActivityAccount sellerAfter = account(compta, seller, from);
        ActivityAccount buyerAfter = account(compta, buyer, from);
        assertEquals(eur("600.00"), sellerAfter.turnoverExclVat().minus(sellerBefore.turnoverExclVat()));
        assertEquals(sellerBefore.contribution().amount(), sellerAfter.contribution().amount(),
                "the contribution was taken on the buyer's sale to its customer");
        assertEquals(eur("600.00"), buyerAfter.expenses().minus(buyerBefore.expenses()));
        assertEquals(eur("600.00"), sellerAfter.availableForPay().minus(sellerBefore.availableForPay()));
        assertThrows(ValidationException.class, () -> fixture.invoicing().internalInvoices().accept(compta,
                draft.id()));
    }

    @Test
    void anInternalInvoiceNeedsAnotherOpenActivityAndAQuantity() {
        UserContext jeanne = fixture.jeanne();
        long own = fixture.jeanneActivity();
        assertEquals("buyerActivity", assertThrows(ValidationException.class, () -> fixture.invoicing()
                .internalInvoices().draft(jeanne, own, own, null, "Soi-même", BigDecimal.ONE, "DAY", eur("1.00")))
                .errors().get(0).field());
        assertEquals("buyerActivity", assertThrows(ValidationException.class, () -> fixture.invoicing()
                .internalInvoices().draft(jeanne, own, 999_999, null, "Inconnue", BigDecimal.ONE, "DAY",
                        eur("1.00"))).errors().get(0).field());
        assertEquals("quantity", assertThrows(ValidationException.class, () -> fixture.invoicing()
                .internalInvoices().draft(jeanne, own, fixture.otherActivity(), null, "Rien", BigDecimal.ZERO,
                        "DAY", eur("10.00"))).errors().get(0).field());
        assertEquals("sellerActivity", assertThrows(ValidationException.class, () -> fixture.invoicing()
                .internalInvoices().draft(jeanne, fixture.otherActivity(), own, null, "Pas à moi", BigDecimal.ONE,
                        "DAY", eur("10.00"))).errors().get(0).field());
    }

    private ActivityAccount account(UserContext user, long activity, LocalDate from) {
        return essaim.service(ActivityAccounts.class).account(user, activity, from, LocalDate.now());
    }
}
