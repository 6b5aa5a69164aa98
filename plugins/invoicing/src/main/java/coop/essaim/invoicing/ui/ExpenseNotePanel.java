package coop.essaim.invoicing.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.invoicing.api.ExpenseLine;
import coop.essaim.invoicing.api.ExpenseLineDraft;
import coop.essaim.invoicing.api.ExpenseNote;
import coop.essaim.invoicing.api.ExpenseNotes;
import coop.essaim.invoicing.api.ExpenseStatus;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.Receipt;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.form.upload.FileUploadField;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.resource.ByteArrayResource;
import org.apache.wicket.util.lang.Bytes;
import org.danekja.java.misc.serializable.SerializableRunnable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** One expense note: its lines and receipts, the form to add a line while a draft, and the next step. */
class ExpenseNotePanel extends Panel {

    private static final long serialVersionUID = 1L;

    private final long noteId;
    private final IModel<ExpenseNote> note;

    ExpenseNotePanel(String id, long noteId) {
        super(id);
        this.noteId = noteId;
        this.note = LoadableDetachableModel.of(() -> notes().find(page().currentUserContext(), noteId).orElseThrow());
        add(new Label("label", LoadableDetachableModel.of(() -> note.getObject().label())));
        add(new Label("status", LoadableDetachableModel.of(() -> getString("ExpenseStatus."
                + note.getObject().status().name()))));
        add(new Label("total", LoadableDetachableModel.of(() -> page().money(note.getObject().total()))));
        add(new ListView<>("lines", LoadableDetachableModel.of(() -> note.getObject().lines())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ExpenseLine> item) {
                ExpenseLine l = item.getModelObject();
                item.add(new Label("spentOn", page().date(l.spentOn())));
                item.add(new Label("account", l.accountCode()));
                item.add(new Label("description", l.mileage() == null ? l.description() : l.description() + " ("
                        + l.mileage().from() + " → " + l.mileage().to() + ", " + l.mileage().distanceKm() + " km)"));
                item.add(new Label("amount", page().money(l.amount())));
                item.add(new Label("vat", page().money(l.vat())));
                item.add(receiptLink(l));
            }
        });
        add(lineForm());
        add(new MileageLineForm("addMileage", noteId, note));
        add(actions());
    }

    private ResourceLink<Void> receiptLink(ExpenseLine line) {
        Receipt r = line.receiptId() == null ? null
                : notes().receipt(page().currentUserContext(), noteId, line.receiptId()).orElse(null);
        ResourceLink<Void> link = new ResourceLink<>("receipt", r == null ? new ByteArrayResource("text/plain")
                : new ByteArrayResource(r.mediaType(), r.content(), r.fileName()));
        link.setVisible(r != null);
        return link;
    }

    private Form<Void> lineForm() {
        IModel<String> day = Model.of(LocalDate.now().toString());
        IModel<String> account = Model.of();
        IModel<String> description = Model.of("");
        IModel<String> amount = Model.of("");
        IModel<String> vat = Model.of("0");
        TextField<String> dayField = new TextField<>("spentOn", day);
        TextField<String> amountField = new TextField<>("amount", amount);
        TextField<String> vatField = new TextField<>("vat", vat);
        FileUploadField receipt = new FileUploadField("receipt");
        Form<Void> form = new Form<>("addLine") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(note.getObject().status() == ExpenseStatus.DRAFT
                        && page().currentUserContext().can(InvoicingPermissions.WRITE));
            }

            @Override
            protected void onSubmit() {
                Money a = page().typedMoney(amount.getObject(), amountField);
                Money v = page().typedMoney(vat.getObject(), vatField);
                LocalDate spent;
                try {
                    spent = LocalDate.parse(day.getObject() == null ? "" : day.getObject().strip());
                } catch (DateTimeParseException e) {
                    dayField.error(getString("payments.date"));
                    return;
                }
                if (a == null || v == null) {
                    return;
                }
                FileUpload file = receipt.getFileUpload();
                try {
                    notes().addLine(page().currentUserContext(), noteId, new ExpenseLineDraft(spent,
                            account.getObject(), description.getObject(), a, v),
                            file == null ? null : file.getClientFileName(), file == null ? null : file.getBytes());
                    note.detach();
                    description.setObject("");
                    amount.setObject("");
                } catch (ValidationException e) {
                    page().show(e, this);
                }
            }
        };
        form.setMultiPart(true);
        form.setMaxSize(Bytes.bytes(ExpenseNotes.MAX_RECEIPT_BYTES + 64 * 1024L));
        IModel<List<ExpenseNotes.ExpenseCategory>> categories = LoadableDetachableModel.of(() ->
                notes().categories(page().currentUserContext()));
        IModel<List<String>> codes = LoadableDetachableModel.of(() -> categories.getObject().stream()
                .map(ExpenseNotes.ExpenseCategory::accountCode).toList());
        form.add(dayField, amountField, vatField, receipt, new TextField<>("description", description),
                new DropDownChoice<>("account", account, codes, new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String code) {
                        return categories.getObject().stream().filter(c -> c.accountCode().equals(code))
                                .map(ExpenseNotes.ExpenseCategory::label).findFirst().orElse(code);
                    }

                    @Override
                    public String getIdValue(String code, int index) {
                        return code;
                    }
                }));
        return form;
    }

    private Form<Void> actions() {
        Form<Void> form = new Form<>("actions");
        form.add(step("submit", ExpenseStatus.DRAFT, InvoicingPermissions.WRITE,
                () -> notes().submit(page().currentUserContext(), noteId)));
        form.add(step("validate", ExpenseStatus.SUBMITTED, InvoicingPermissions.VALIDATE,
                () -> notes().validate(page().currentUserContext(), noteId)));
        form.add(step("reimburse", ExpenseStatus.VALIDATED, InvoicingPermissions.RECORD_PAYMENTS,
                () -> notes().reimburse(page().currentUserContext(), noteId, LocalDate.now())));
        return form;
    }

    private Button step(String id, ExpenseStatus from, String permission, SerializableRunnable action) {
        return new Button(id) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(note.getObject().status() == from && page().currentUserContext().can(permission));
            }

            @Override
            public void onSubmit() {
                try {
                    action.run();
                    note.detach();
                } catch (ValidationException e) {
                    page().show(e, getForm());
                } catch (AccessDeniedException e) {
                    page().show(e, getForm());
                }
            }
        };
    }

    private ExpenseNotes notes() {
        return page().invoicing().expenses();
    }

    private InvoicingPage page() {
        return findParent(InvoicingPage.class);
    }
}
