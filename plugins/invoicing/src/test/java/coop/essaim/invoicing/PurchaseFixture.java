package coop.essaim.invoicing;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.Address;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.PurchaseLineDraft;
import coop.essaim.invoicing.api.Supplier;
import coop.essaim.invoicing.api.SupplierDetails;
import coop.essaim.invoicing.api.SupplierInvoice;
import coop.essaim.invoicing.api.SupplierInvoiceDraft;
import coop.essaim.invoicing.api.SupplierInvoices;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static coop.essaim.invoicing.InvoicingFixture.eur;

/** Suppliers and their invoices for the purchases tests, on top of {@link InvoicingFixture}. */
public final class PurchaseFixture {

    public static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final InvoicingFixture fixture;

    public PurchaseFixture(InvoicingFixture fixture) {
        this.fixture = fixture;
    }

    public Supplier supplier(UserContext actor, long activity, String name) {
        return fixture.invoicing().suppliers().create(actor, activity, new SupplierDetails(name, "552100554",
                "FR40303265045", "FR76 3000 1007 9412 3456 7890 185", "factures@" + name.toLowerCase()
                .replaceAll("[^a-z]+", "-") + ".example", new Address("8 rue Mercière", "69002", "Lyon", "FR")));
    }

    public static SupplierInvoiceDraft draft(Supplier supplier, String number, PurchaseLineDraft... lines) {
        return new SupplierInvoiceDraft(supplier.id(), number, LocalDate.now(), LocalDate.now().plusDays(30),
                List.of(lines));
    }

    public static PurchaseLineDraft line(String account, String description, String net, String vatCode) {
        return new PurchaseLineDraft(account, description, eur(net), vatCode, null);
    }

    /** A draft with its document, submitted by {@code actor}. */
    public SupplierInvoice submitted(UserContext actor, long activity, Supplier supplier, String number,
                                     PurchaseLineDraft... lines) {
        SupplierInvoices invoices = fixture.invoicing().supplierInvoices();
        SupplierInvoice draft = invoices.create(actor, activity, draft(supplier, number, lines));
        invoices.attachReceipt(actor, draft.id(), "facture-" + number + ".pdf", PDF);
        return invoices.submit(actor, draft.id());
    }

    /** Submitted by {@code actor}, validated by the accountant. */
    public SupplierInvoice validated(UserContext actor, long activity, Supplier supplier, String number,
                                     PurchaseLineDraft... lines) {
        return fixture.invoicing().supplierInvoices().validate(fixture.accountant(),
                submitted(actor, activity, supplier, number, lines).id());
    }

    public static Money money(String amount) {
        return eur(amount);
    }
}
