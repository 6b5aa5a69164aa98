package coop.essaim.invoicing.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.api.SupplierInvoice;
import coop.essaim.invoicing.api.SupplierInvoiceStatus;
import coop.essaim.invoicing.api.SupplierPayment;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The payments made for a validated supplier invoice, and the form accounting records one with. */
class SupplierPaymentsPanel extends Panel {

    private static final long serialVersionUID = 1L;

    private final IModel<SupplierInvoice> invoice;

    SupplierPaymentsPanel(String id, IModel<SupplierInvoice> invoice) {
        super(id, invoice);
        this.invoice = invoice;
        IModel<List<SupplierPayment>> payments = LoadableDetachableModel.of(() -> page().invoicing()
                .supplierInvoices().payments(page().currentUserContext(), invoice.getObject().id()));
        add(new ListView<>("list", payments) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<SupplierPayment> item) {
                SupplierPayment p = item.getModelObject();
                item.add(new Label("paidOn", page().date(p.paidOn())), new Label("amount", page().money(p.amount())),
                        new Label("method", getString("PaymentMethod." + p.method().name())),
                        new Label("reference", p.reference()));
            }
        });
        add(form(payments));
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        SupplierInvoiceStatus s = invoice.getObject().status();
        setVisible(s == SupplierInvoiceStatus.VALIDATED || s == SupplierInvoiceStatus.PAID);
    }

    private InvoicingPage page() {
        return findParent(InvoicingPage.class);
    }

    private Form<Void> form(IModel<List<SupplierPayment>> payments) {
        IModel<String> paidOn = Model.of(LocalDate.now().toString());
        IModel<String> amount = Model.of("");
        IModel<PaymentMethod> method = Model.of(PaymentMethod.TRANSFER);
        IModel<String> reference = Model.of("");
        TextField<String> amountField = new TextField<>("amount", amount);
        TextField<String> dateField = new TextField<>("paidOn", paidOn);
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(page().currentUserContext().can(InvoicingPermissions.RECORD_PAYMENTS)
                        && invoice.getObject().status() == SupplierInvoiceStatus.VALIDATED);
            }

            @Override
            protected void onSubmit() {
                Money paid = page().typedMoney(amount.getObject(), amountField);
                LocalDate day = PurchaseLineFields.day(paidOn.getObject(), dateField);
                if (paid == null || day == null) {
                    return;
                }
                try {
                    page().invoicing().supplierInvoices().pay(page().currentUserContext(), invoice.getObject().id(),
                            day, paid, method.getObject(), reference.getObject());
                    invoice.detach();
                    payments.detach();
                    amount.setObject("");
                    reference.setObject("");
                    success(getString("purchase.paid"));
                } catch (ValidationException e) {
                    page().show(e, this);
                } catch (AccessDeniedException e) {
                    page().show(e, this);
                }
            }
        };
        form.add(dateField, amountField, new TextField<>("reference", reference),
                new DropDownChoice<>("method", method, Arrays.asList(PaymentMethod.values()),
                        new EnumChoiceRenderer<>(this)));
        return form;
    }
}
