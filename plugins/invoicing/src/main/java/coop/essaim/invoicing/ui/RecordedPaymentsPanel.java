package coop.essaim.invoicing.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.invoicing.api.InvoicingPermissions;
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
import org.apache.wicket.model.ResourceModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The payments of a validated document (an invoice, a supplier invoice) and the form accounting records one with;
 * the subclass says which document's payments they are, when they show, and how one is recorded.
 */
abstract class RecordedPaymentsPanel extends Panel {

    private static final long serialVersionUID = 1L;

    /** One payment as the list shows it. */
    record Row(LocalDate paidOn, Money amount, PaymentMethod method, String reference) implements Serializable {
    }

    private final IModel<?> document;

    RecordedPaymentsPanel(String id, IModel<?> document, String headingKey, String recordedKey) {
        super(id, document);
        this.document = document;
        add(new Label("heading", new ResourceModel(headingKey)));
        IModel<List<Row>> payments = LoadableDetachableModel.of(this::payments);
        add(new ListView<>("list", payments) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Row> item) {
                Row p = item.getModelObject();
                item.add(new Label("paidOn", page().date(p.paidOn())), new Label("amount", page().money(p.amount())),
                        new Label("method", getString("PaymentMethod." + p.method().name())),
                        new Label("reference", p.reference()));
            }
        });
        add(form(payments, recordedKey));
    }

    /** The document's payments, oldest first. */
    protected abstract List<Row> payments();

    /** Whether the document takes payments at all (the panel shows). */
    protected abstract boolean shown();

    /** Whether something is left to pay (the form shows to whoever may record payments). */
    protected abstract boolean open();

    protected abstract void record(LocalDate day, Money paid, PaymentMethod method, String reference);

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(shown());
    }

    protected InvoicingPage page() {
        return findParent(InvoicingPage.class);
    }

    private Form<Void> form(IModel<List<Row>> payments, String recordedKey) {
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
                setVisible(page().currentUserContext().can(InvoicingPermissions.RECORD_PAYMENTS) && open());
            }

            @Override
            protected void onSubmit() {
                Money paid = page().typedMoney(amount.getObject(), amountField);
                LocalDate day = PurchaseLineFields.day(paidOn.getObject(), dateField);
                if (paid == null || day == null) {
                    return;
                }
                try {
                    record(day, paid, method.getObject(), reference.getObject());
                    document.detach();
                    payments.detach();
                    amount.setObject("");
                    reference.setObject("");
                    success(getString(recordedKey));
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
