package coop.essaim.invoicing.ui;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.invoicing.api.ExpenseNote;
import coop.essaim.invoicing.api.InvoicingPermissions;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.EmptyPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;


/**
 * The expense notes of one activity ({@code ?activity=}), a form to start one, and the note chosen with
 * {@code ?note=}: its lines with their receipts, and the step its status allows.
 */
public class ExpensesPage extends InvoicingPage {

    private static final long serialVersionUID = 1L;

    private final long activityId;

    public ExpensesPage(PageParameters parameters) {
        super(parameters);
        this.activityId = chooseActivity(parameters);
        add(new ListView<>("notes", LoadableDetachableModel.of(() -> invoicing().expenses().of(user(), activityId))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ExpenseNote> item) {
                ExpenseNote n = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", ExpensesPage.class,
                        new PageParameters().set("activity", activityId).set("note", n.id()));
                link.add(new Label("label", n.label()));
                item.add(link);
                item.add(new Label("by", n.createdBy()));
                item.add(new Label("total", money(n.total())));
                item.add(new Label("status", getString("ExpenseStatus." + n.status().name())));
            }
        });
        add(createForm());
        Long noteId = parameters.get("note").toOptionalLong();
        if (noteId != null && invoicing().expenses().find(user(), noteId).filter(n -> n.activityId() == activityId)
                .isPresent()) {
            add(new ExpenseNotePanel("note", noteId));
        } else {
            add(new EmptyPanel("note"));
        }
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("expenses.title");
    }

    private Form<Void> createForm() {
        IModel<String> label = Model.of("");
        return new Form<Void>("create") {
            private static final long serialVersionUID = 1L;

            {
                add(new TextField<>("label", label));
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(user().can(InvoicingPermissions.WRITE));
            }

            @Override
            protected void onSubmit() {
                try {
                    ExpenseNote note = invoicing().expenses().create(user(), activityId, label.getObject());
                    setResponsePage(ExpensesPage.class, new PageParameters().set("activity", activityId)
                            .set("note", note.id()));
                } catch (ValidationException e) {
                    show(e, this);
                } catch (AccessDeniedException e) {
                    show(e, this);
                }
            }
        };
    }
}
