package coop.essaim.invoicing.ui;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.api.SupplierInvoice;
import coop.essaim.invoicing.api.SupplierInvoiceStatus;
import org.apache.wicket.model.IModel;

import java.time.LocalDate;
import java.util.List;

/** The payments made for a validated supplier invoice, and the form accounting records one with. */
class SupplierPaymentsPanel extends RecordedPaymentsPanel {

    private static final long serialVersionUID = 1L;

    private final IModel<SupplierInvoice> invoice;

    SupplierPaymentsPanel(String id, IModel<SupplierInvoice> invoice) {
        super(id, invoice, "purchase.payments", "purchase.paid");
        this.invoice = invoice;
    }

    @Override
    protected List<Row> payments() {
        return page().invoicing().supplierInvoices().payments(page().currentUserContext(), invoice.getObject().id())
                .stream().map(p -> new Row(p.paidOn(), p.amount(), p.method(), p.reference())).toList();
    }

    @Override
    protected boolean shown() {
        SupplierInvoiceStatus s = invoice.getObject().status();
        return s == SupplierInvoiceStatus.VALIDATED || s == SupplierInvoiceStatus.PAID;
    }

    @Override
    protected boolean open() {
        return invoice.getObject().status() == SupplierInvoiceStatus.VALIDATED;
    }

    @Override
    protected void record(LocalDate day, Money paid, PaymentMethod method, String reference) {
        page().invoicing().supplierInvoices().pay(page().currentUserContext(), invoice.getObject().id(), day, paid,
                method, reference);
    }
}
