package coop.essaim.invoicing.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.invoicing.api.InternalInvoice;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.internal.ActivityDirectory;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The internal invoices of one activity ({@code ?activity=}), sold and bought: the seller's side drafts one for
 * another activity of the cooperative, the buyer's side (or accounting) accepts it.
 */
public class InternalInvoicesPage extends InvoicingPage {

    private static final long serialVersionUID = 1L;

    private final long activityId;

    public InternalInvoicesPage(PageParameters parameters) {
        super(parameters);
        this.activityId = chooseActivity(parameters);
        IModel<Map<Long, String>> names = LoadableDetachableModel.of(() -> invoicing().directory().open(user())
                .stream().collect(Collectors.toMap(ActivityDirectory.Listed::id, ActivityDirectory.Listed::name)));
        Form<Void> list = new Form<>("list");
        add(list);
        list.add(new ListView<>("internal", LoadableDetachableModel.of(() ->
                invoicing().internalInvoices().of(user(), activityId))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<InternalInvoice> item) {
                InternalInvoice i = item.getModelObject();
                boolean selling = i.sellerActivityId() == activityId;
                item.add(new Label("reference", i.reference()));
                item.add(new Label("date", date(i.issueDate())));
                item.add(new Label("direction", getString(selling ? "internal.sold" : "internal.bought")));
                item.add(new Label("other", names.getObject().getOrDefault(selling ? i.buyerActivityId()
                        : i.sellerActivityId(), "")));
                item.add(new Label("description", i.description()));
                item.add(new Label("total", money(i.total())));
                item.add(new Label("state", getString(i.accepted() ? "internal.accepted" : "internal.waiting")));
                long id = i.id();
                boolean waiting = !i.accepted();
                item.add(new Button("accept") {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void onConfigure() {
                        super.onConfigure();
                        setVisible(waiting && !selling && (user().can(InvoicingPermissions.SELF_VALIDATE)
                                || user().can(InvoicingPermissions.VALIDATE)));
                    }

                    @Override
                    public void onSubmit() {
                        try {
                            invoicing().internalInvoices().accept(user(), id);
                            success(getString("internal.done"));
                        } catch (ValidationException e) {
                            show(e, list);
                        } catch (AccessDeniedException e) {
                            show(e, list);
                        }
                    }
                });
            }
        });
        add(draftForm(names));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("internal.title");
    }

    private Form<Void> draftForm(IModel<Map<Long, String>> names) {
        IModel<Long> buyer = Model.of((Long) null);
        IModel<String> description = Model.of("");
        IModel<String> quantity = Model.of("1");
        IModel<String> unit = Model.of("DAY");
        IModel<String> price = Model.of("");
        TextField<String> quantityField = new TextField<>("quantity", quantity);
        TextField<String> priceField = new TextField<>("price", price);
        Form<Void> form = new Form<>("draft") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(user().can(InvoicingPermissions.WRITE));
            }

            @Override
            protected void onSubmit() {
                BigDecimal q = typedDecimal(quantity.getObject(), quantityField);
                Money p = typedMoney(price.getObject(), priceField);
                if (q == null || p == null) {
                    return;
                }
                try {
                    invoicing().internalInvoices().draft(user(), activityId, buyer.getObject() == null ? -1
                            : buyer.getObject(), null, description.getObject(), q, unit.getObject(), p);
                    success(getString("internal.drafted"));
                    description.setObject("");
                    price.setObject("");
                } catch (ValidationException e) {
                    show(e, this);
                }
            }
        };
        IModel<List<Long>> others = LoadableDetachableModel.of(() -> names.getObject().keySet().stream()
                .filter(id -> id != activityId).sorted((a, b) -> names.getObject().get(a)
                        .compareToIgnoreCase(names.getObject().get(b))).toList());
        form.add(new DropDownChoice<>("buyer", buyer, others, new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(Long id) {
                return names.getObject().get(id);
            }

            @Override
            public String getIdValue(Long id, int index) {
                return String.valueOf(id);
            }
        }));
        form.add(new TextField<>("description", description), quantityField, priceField,
                new DropDownChoice<>("unit", unit, LineFields.UNITS, new EnumLikeRenderer("unit.", form)));
        return form;
    }
}
