package coop.essaim.invoicing.ui;

import coop.essaim.api.mail.SentMail;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.Reminder;
import coop.essaim.invoicing.api.ReminderLevel;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;

/**
 * A validated document's sending: e-mail it to the customer, remind an overdue invoice (first reminder, then
 * formal notice; by e-mail or by post), and the history of both.
 */
class SendingPanel extends Panel {

    private static final long serialVersionUID = 1L;

    private final IModel<Invoice> invoice;

    SendingPanel(String id, IModel<Invoice> invoice) {
        super(id, invoice);
        this.invoice = invoice;
        IModel<List<SentMail>> sendings = LoadableDetachableModel.of(() -> page().invoicing().mailing()
                .sendings(page().currentUserContext(), invoice.getObject().id()));
        IModel<List<Reminder>> reminders = LoadableDetachableModel.of(() -> page().invoicing().mailing()
                .reminders(page().currentUserContext(), invoice.getObject().id()));
        add(new ListView<>("sendings", sendings) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<SentMail> item) {
                SentMail m = item.getModelObject();
                item.add(new Label("at", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                        .withLocale(getLocale()).format(m.sentAt().atZone(ZoneId.systemDefault()))));
                item.add(new Label("to", String.join(", ", m.to())));
                item.add(new Label("subject", m.subject()));
                item.add(new Label("status", getString("MailStatus." + m.status().name(), null,
                        m.status().name())));
            }
        });
        add(new ListView<>("reminders", reminders) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Reminder> item) {
                Reminder r = item.getModelObject();
                item.add(new Label("on", page().date(r.sentOn())));
                item.add(new Label("level", getString("ReminderLevel." + r.level().name())));
                item.add(new Label("channel", getString(r.byEmail() ? "sending.byEmail" : "sending.byPost")));
                item.add(new Label("by", r.sentBy()));
            }
        });
        Form<Void> form = new Form<>("form");
        add(form);
        form.add(new Button("send") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(page().currentUserContext().can(InvoicingPermissions.WRITE));
            }

            @Override
            public void onSubmit() {
                act(form, () -> page().invoicing().mailing().send(page().currentUserContext(),
                        invoice.getObject().id()), "sending.sent");
                sendings.detach();
            }
        });
        IModel<ReminderLevel> level = Model.of(ReminderLevel.FIRST_REMINDER);
        IModel<Boolean> byEmail = Model.of(Boolean.TRUE);
        Form<Void> remind = new Form<>("remind") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(page().currentUserContext().can(InvoicingPermissions.REMIND)
                        && invoice.getObject().isOverdueOn(LocalDate.now()));
            }

            @Override
            protected void onSubmit() {
                act(this, () -> page().invoicing().mailing().remind(page().currentUserContext(),
                        invoice.getObject().id(), level.getObject(), Boolean.TRUE.equals(byEmail.getObject())),
                        "sending.reminded");
                reminders.detach();
                sendings.detach();
            }
        };
        remind.add(new DropDownChoice<>("level", level, Arrays.asList(ReminderLevel.values()),
                new EnumChoiceRenderer<>(this)), new CheckBox("byEmail", byEmail));
        add(remind);
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(invoice.getObject().status() == InvoiceStatus.VALIDATED);
    }

    private void act(org.apache.wicket.Component form, Runnable action, String done) {
        try {
            action.run();
            form.success(getString(done));
        } catch (ValidationException e) {
            page().show(e, form);
        } catch (AccessDeniedException e) {
            page().show(e, form);
        }
    }

    private InvoicingPage page() {
        return findParent(InvoicingPage.class);
    }
}
