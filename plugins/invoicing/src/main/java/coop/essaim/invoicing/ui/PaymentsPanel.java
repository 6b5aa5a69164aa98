package coop.essaim.invoicing.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.Payment;
import coop.essaim.invoicing.api.PaymentMethod;
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
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** The payments of a validated invoice, and the form accounting records one with. */
class PaymentsPanel extends Panel {

    private static final long serialVersionUID = 1L;

    private final IModel<Invoice> invoice;

    PaymentsPanel(String id, IModel<Invoice> invoice) {
        super(id, invoice);
        this.invoice = invoice;
        IModel<List<Payment>> payments = LoadableDetachableModel.of(() -> page().invoicing().payments()
                .of(page().currentUserContext(), invoice.getObject().id()));
        add(new ListView<>("list", payments) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Payment> item) {
                Payment p = item.getModelObject();
                item.add(new Label("paidOn", page().date(p.paidOn())));
                item.add(new Label("amount", page().money(p.amount())));
                item.add(new Label("method", getString("PaymentMethod." + p.method().name())));
                item.add(new Label("reference", p.reference()));
            }
        });
        add(form(payments));
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        Invoice i = invoice.getObject();
        setVisible(i.status() == InvoiceStatus.VALIDATED && i.kind() != InvoiceKind.CREDIT_NOTE);
    }

    private InvoicingPage page() {
        return findParent(InvoicingPage.class);
    }

    private Form<Void> form(IModel<List<Payment>> payments) {
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
                        && invoice.getObject().outstanding().isPositive());
            }

            @Override
            protected void onSubmit() {
                Money paid = page().typedMoney(amount.getObject(), amountField);
                LocalDate day;
                try {
                    day = LocalDate.parse(paidOn.getObject() == null ? "" : paidOn.getObject().strip());
                } catch (DateTimeParseException e) {
                    dateField.error(getString("payments.date"));
                    return;
                }
                if (paid == null) {
                    return;
                }
                try {
                    page().invoicing().payments().record(page().currentUserContext(), invoice.getObject().id(), day,
                            paid, method.getObject(), reference.getObject());
                    invoice.detach();
                    payments.detach();
                    amount.setObject("");
                    reference.setObject("");
                    success(getString("payments.recorded"));
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
