package coop.essaim.invoicing.ui;

import coop.essaim.invoicing.api.CatalogueItem;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.danekja.java.util.function.serializable.SerializableBooleanSupplier;

import java.util.List;

/**
 * "Add from the catalogue" (id {@code item}): fills a line's fields with the chosen item of the activity's
 * catalogue (those not archived); the line is added, as typed or changed, with the line's own form.
 */
final class CatalogueChooser extends Form<Void> {

    private static final long serialVersionUID = 1L;

    private final long activityId;
    private final LineFields line;
    private final SerializableBooleanSupplier shown;
    private final IModel<List<CatalogueItem>> items;
    private final IModel<Long> chosen = Model.of((Long) null);

    CatalogueChooser(String id, long activityId, LineFields line, SerializableBooleanSupplier shown) {
        super(id);
        this.activityId = activityId;
        this.line = line;
        this.shown = shown;
        this.items = LoadableDetachableModel.of(() -> page().invoicing().catalogue()
                .list(page().currentUserContext(), activityId, false));
        IModel<List<Long>> ids = LoadableDetachableModel.of(() -> items.getObject().stream().map(CatalogueItem::id)
                .toList());
        add(new DropDownChoice<>("item", chosen, ids, new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(Long itemId) {
                return items.getObject().stream().filter(i -> i.id() == itemId).findFirst()
                        .map(i -> i.details().name() + " · " + page().money(i.details().unitPrice())).orElse("");
            }

            @Override
            public String getIdValue(Long itemId, int index) {
                return String.valueOf(itemId);
            }
        }));
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(shown.getAsBoolean() && !items.getObject().isEmpty());
    }

    @Override
    protected void onSubmit() {
        CatalogueItem item = chosen.getObject() == null ? null : page().invoicing().catalogue()
                .find(page().currentUserContext(), chosen.getObject())
                .filter(i -> i.activityId() == activityId && !i.archived()).orElse(null);
        if (item == null) {
            error(getString("invoice.chooseItem"));
            return;
        }
        line.fill(item.line());
        chosen.setObject(null);
        success(getString("invoice.filled"));
    }

    @Override
    protected void onDetach() {
        items.detach();
        super.onDetach();
    }

    private InvoicingPage page() {
        return findParent(InvoicingPage.class);
    }
}
