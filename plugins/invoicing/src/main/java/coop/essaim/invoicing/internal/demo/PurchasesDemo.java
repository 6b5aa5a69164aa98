package coop.essaim.invoicing.internal.demo;

import coop.essaim.api.demo.DemoContext;
import coop.essaim.api.demo.DemoData;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.ledger.Account;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.api.PurchaseLineDraft;
import coop.essaim.invoicing.api.Supplier;
import coop.essaim.invoicing.api.SupplierDetails;
import coop.essaim.invoicing.api.SupplierInvoice;
import coop.essaim.invoicing.api.SupplierInvoiceDraft;
import coop.essaim.invoicing.api.SupplierInvoices;
import coop.essaim.invoicing.internal.Invoicing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The demo cooperative's purchases: for each open activity but Jeanne's, one supplier and four of its invoices
 * over the last three months. The two oldest are validated and paid, the third is validated and waits for its
 * payment, the newest waits for accounting's validation. Each carries a one-page PDF as the supplier's document.
 */
public final class PurchasesDemo implements DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(PurchasesDemo.class);
    private static final String[] SUPPLIERS = {"Papeterie Lyonnaise", "Fournitures du Rhône", "Imprimerie Bellecour",
        "Informatique Part-Dieu", "Transports Saône"};
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final ModuleContext module;

    public PurchasesDemo(ModuleContext module) {
        this.module = module;
    }

    @Override
    public int order() {
        return 310;
    }

    @Override
    public void load(DemoContext context) {
        UserContext compta = context.actingAs(CoreRoles.ACCOUNTANT);
        Invoicing invoicing = Invoicing.of(module);
        Currency eur = Currency.getInstance(invoicing.rulebook().cooperative(compta).currency());
        List<Activity> open = module.service(Activities.class).list(context.actingAs(CoreRoles.ADMINISTRATOR), null,
                ActivityStatus.ACTIVE).stream().filter(a -> !a.name().equals(InvoicingDemo.JEANNE_ACTIVITY)).toList();
        SupplierInvoices invoices = invoicing.supplierInvoices();
        LocalDate today = LocalDate.now();
        DemoPlace place = DemoPlace.of(module, compta, context.actingAs(CoreRoles.ADMINISTRATOR), today.minusDays(85));
        for (int k = 0; k < open.size(); k++) {
            Activity a = open.get(k);
            String name = SUPPLIERS[k % SUPPLIERS.length];
            Supplier supplier = invoicing.suppliers().create(compta, a.id(), new SupplierDetails(name, null, null,
                    null, name.toLowerCase().replaceAll("[^a-z]+", ".") + "@demo.example",
                    place.street(20 + k, "quai Saint-Antoine")));
            for (int n = 0; n < 4; n++) {
                LocalDate day = today.minusDays(85 - n * 27L);
                Account item = place.expenses().get((k + n) % place.expenses().size());
                SupplierInvoice draft = invoices.create(compta, a.id(), new SupplierInvoiceDraft(supplier.id(),
                        "F" + day.getYear() + "-" + (100 + k * 10 + n), day, day.plusDays(30), List.of(
                        new PurchaseLineDraft(item.code(), item.label(), Money.of(4_000 + k * 700L + n * 1_250L, eur),
                                place.vatCode(), null))));
                invoices.attachReceipt(compta, draft.id(), "facture-" + draft.supplierNumber() + ".pdf", PDF);
                SupplierInvoice submitted = invoices.submit(compta, draft.id());
                if (n == 3) {
                    continue; // the newest waits for accounting
                }
                SupplierInvoice validated = invoices.validate(compta, submitted.id());
                if (n < 2) {
                    invoices.pay(compta, validated.id(), day.plusDays(20), validated.totalInclVat(),
                            PaymentMethod.TRANSFER, "VIR " + validated.supplierNumber());
                }
            }
        }
        LOG.info("demo supplier invoices: {} over {} activities", open.size() * 4, open.size());
    }
}
