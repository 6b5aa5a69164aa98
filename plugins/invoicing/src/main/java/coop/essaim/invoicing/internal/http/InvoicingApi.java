package coop.essaim.invoicing.internal.http;

import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.web.ApiContribution;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.invoicing.internal.Invoicing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The invoicing services in the JSON API, under {@code /api/v1/invoicing/}: customers, invoices and credit notes,
 * payments, sendings and reminders, internal invoices, expense notes and bank reconciliation. The services check every permission and the user's reach; this layer only reads
 * the calls and writes the answers.
 */
public final class InvoicingApi implements ApiContribution {

    private final Supplier<Invoicing> invoicing;

    public InvoicingApi(ModuleContext context) {
        // built per call (it holds only references): the module's store exists by then, whatever the start order
        this.invoicing = () -> Invoicing.of(context);
    }

    @Override
    public List<ApiEndpoint> endpoints() {
        List<ApiEndpoint> all = new ArrayList<>();
        all.addAll(new CustomerEndpoints(invoicing).endpoints());
        all.addAll(new InvoiceEndpoints(invoicing).endpoints());
        all.addAll(new PaymentEndpoints(invoicing).endpoints());
        all.addAll(new InternalInvoiceEndpoints(invoicing).endpoints());
        all.addAll(new SendingEndpoints(invoicing).endpoints());
        all.addAll(new ExpenseEndpoints(invoicing).endpoints());
        all.addAll(new BankEndpoints(invoicing).endpoints());
        all.addAll(new CatalogueEndpoints(invoicing).endpoints());
        all.addAll(new QuoteEndpoints(invoicing).endpoints());
        all.addAll(new SupplierEndpoints(invoicing).endpoints());
        all.addAll(new SupplierInvoiceEndpoints(invoicing).endpoints());
        return List.copyOf(all);
    }
}
