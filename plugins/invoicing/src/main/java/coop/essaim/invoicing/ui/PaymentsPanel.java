package coop.essaim.invoicing.ui;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.api.PaymentMethod;
import org.apache.wicket.model.IModel;

import java.time.LocalDate;
import java.util.List;

/** The payments of a validated invoice, and the form accounting records one with. */
class PaymentsPanel extends RecordedPaymentsPanel {

    private static final long serialVersionUID = 1L;

    private final IModel<Invoice> invoice;

    PaymentsPanel(String id, IModel<Invoice> invoice) {
        super(id, invoice, "payments.heading", "payments.recorded");
        this.invoice = invoice;
    }

    @Override
    protected List<Row> payments() {
        return page().invoicing().payments().of(page().currentUserContext(), invoice.getObject().id()).stream()
                .map(p -> new Row(p.paidOn(), p.amount(), p.method(), p.reference())).toList();
    }

    @Override
    protected boolean shown() {
        Invoice i = invoice.getObject();
        return i.status() == InvoiceStatus.VALIDATED && i.kind() != InvoiceKind.CREDIT_NOTE;
    }

    @Override
    protected boolean open() {
        return invoice.getObject().outstanding().isPositive();
    }

    @Override
    protected void record(LocalDate day, Money paid, PaymentMethod method, String reference) {
        page().invoicing().payments().record(page().currentUserContext(), invoice.getObject().id(), day, paid, method,
                reference);
    }
}
