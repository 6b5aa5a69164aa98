package coop.essaim.invoicing;

import coop.essaim.api.ledger.TreasuryForecast;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.ExpenseLineDraft;
import coop.essaim.invoicing.api.ExpenseNotes;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.api.SupplierInvoice;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static coop.essaim.invoicing.InvoicingFixture.draft;
import static coop.essaim.invoicing.InvoicingFixture.eur;
import static coop.essaim.invoicing.InvoicingFixture.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The core's treasury forecast of Jeanne's activity with what invoicing expects: the 140 € a customer still owes
 * on a partly paid invoice and the 60 € owed to a supplier, on their due dates, and the 120 € expense note to
 * repay; a draft and a paid invoice are no expected cash.
 */
class ExpectedCashTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);

    @Test
    void whatCustomersStillOweComesInOnTheDueDateAndTheExpenseNoteGoesOutAtOnce() {
        UserContext compta = fixture.accountant();
        UserContext jeanne = fixture.jeanne();
        long activity = fixture.jeanneActivity();
        long customer = fixture.customer(jeanne, activity, "Atelier Lumière").id();
        var invoices = fixture.invoicing().invoices();
        Invoice partly = invoices.validate(compta, invoices.createDraft(jeanne, activity,
                draft(customer, service("Retouches", "2", "100.00"))).id());
        fixture.invoicing().payments().record(compta, partly.id(), LocalDate.now(), eur("100.00"),
                PaymentMethod.TRANSFER, "Acompte");
        Invoice paid = invoices.validate(compta, invoices.createDraft(jeanne, activity,
                draft(customer, service("Ourlets", "1", "50.00"))).id());
        fixture.invoicing().payments().record(compta, paid.id(), LocalDate.now(), eur("60.00"),
                PaymentMethod.TRANSFER, "Réglage");
        invoices.createDraft(jeanne, activity, draft(customer, service("Robe", "1", "900.00")));
        ExpenseNotes notes = fixture.invoicing().expenses();
        long note = notes.create(jeanne, activity, "Salon des métiers d’art").id();
        notes.addLine(jeanne, note, new ExpenseLineDraft(LocalDate.now(), "606000", "Fils et aiguilles",
                eur("120.00"), eur("20.00")), null, null);
        notes.submit(jeanne, note);
        notes.validate(compta, note);

        PurchaseFixture purchases = new PurchaseFixture(fixture);
        SupplierInvoice fabrics = purchases.validated(jeanne, activity, purchases.supplier(jeanne, activity,
                "Tissus Lyonnais"), "TL-881", PurchaseFixture.line("601000", "Lin lavé", "50.00", "FR-20"));

        TreasuryForecast.Forecast f = essaim.service(TreasuryForecast.class).forecast(jeanne, activity,
                LocalDate.now().plusDays(60));

        List<TreasuryForecast.Expected> invoicing = f.expected().stream()
                .filter(x -> x.module().equals("invoicing")).toList();
        assertEquals(List.of("Note de frais à rembourser : Salon des métiers d’art",
                "Facture " + partly.number() + ", Atelier Lumière", "Facture fournisseur TL-881, Tissus Lyonnais"),
                invoicing.stream().map(x -> x.cash().label()).toList());
        assertEquals(eur("-120.00"), invoicing.get(0).cash().amount());
        assertEquals(eur("140.00"), invoicing.get(1).cash().amount());
        assertEquals(partly.dueDate(), invoicing.get(1).on());
        assertEquals(partly.number(), invoicing.get(1).cash().reference());
        assertEquals(eur("-60.00"), invoicing.get(2).cash().amount());
        assertEquals(fabrics.dueDate(), invoicing.get(2).on());
        assertEquals(fabrics.reference(), invoicing.get(2).cash().reference());
        assertEquals(f.position().plus(eur("-40.00")), f.points().get(f.points().size() - 1).position());
        assertFalse(f.unavailable().contains("invoicing"));
    }
}
