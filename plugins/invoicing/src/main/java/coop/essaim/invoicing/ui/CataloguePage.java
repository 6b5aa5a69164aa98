package coop.essaim.invoicing.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.sales.VatRate;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.invoicing.api.Catalogue;
import coop.essaim.invoicing.api.CatalogueItem;
import coop.essaim.invoicing.api.CatalogueItemDetails;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.LineKind;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.util.List;

/**
 * The catalogue of one activity ({@code ?activity=}; the first in reach when absent; {@code archived=true} shows
 * the archived items too): the items with their CSV export, a form to add one or to change the one chosen with
 * "edit", and "archive". Whoever writes for the activity manages it; the others only read it.
 */
public class CataloguePage extends InvoicingPage {

    private static final long serialVersionUID = 1L;

    private final long activityId;
    private Long editing;
    private final IModel<String> name = Model.of("");
    private final IModel<String> description = Model.of("");
    private final IModel<LineKind> kind = Model.of(LineKind.SERVICE);
    private final IModel<String> unit = Model.of("C62");
    private final IModel<String> price = Model.of("");
    private final IModel<String> vat = Model.of();
    private final IModel<String> reference = Model.of("");

    public CataloguePage(PageParameters parameters) {
        super(parameters);
        this.activityId = chooseActivity(parameters);
        boolean withArchived = parameters.get("archived").toBoolean(false);
        IModel<List<CatalogueItem>> items = LoadableDetachableModel.of(() ->
                invoicing().catalogue().list(user(), activityId, withArchived));
        add(new ResourceLink<Void>("csv", new CatalogueCsv(() -> invoicing().catalogue().list(user(), activityId,
                withArchived), getLocale())));
        add(new BookmarkablePageLink<Void>("withArchived", CataloguePage.class, new PageParameters()
                .set("activity", activityId).set("archived", true)).setVisible(!withArchived));
        add(new BookmarkablePageLink<Void>("withoutArchived", CataloguePage.class, new PageParameters()
                .set("activity", activityId)).setVisible(withArchived));
        add(new ListView<>("items", items) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<CatalogueItem> item) {
                CatalogueItem i = item.getModelObject();
                CatalogueItemDetails d = i.details();
                long id = i.id();   // the links keep the id: the page keeps no record between requests
                item.add(new Label("name", d.name()), new Label("reference", d.reference()),
                        new Label("description", d.description()),
                        new Label("kind", getString("LineKind." + d.kind().name())),
                        new Label("unit", getString("unit." + d.unitCode(), null, d.unitCode())),
                        new Label("price", money(d.unitPrice())),
                        new Label("vat", getString("vat." + d.vatCode(), null, d.vatCode())),
                        new Label("archived", i.archived() ? getString("catalogue.archived") : ""));
                item.add(new Link<Void>("edit") {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void onClick() {
                        items.getObject().stream().filter(x -> x.id() == id).findFirst().ifPresent(x -> edit(x));
                    }
                }.setVisible(writable(i)));
                item.add(new Link<Void>("archive") {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void onClick() {
                        invoicing().catalogue().archive(user(), id);
                        getSession().success(getString("catalogue.archivedDone"));
                        items.detach();
                    }
                }.setVisible(writable(i)));
            }
        });
        add(itemForm(items));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("catalogue.title");
    }

    private boolean writable(CatalogueItem item) {
        return !item.archived() && user().can(InvoicingPermissions.WRITE);
    }

    private void edit(CatalogueItem item) {
        CatalogueItemDetails d = item.details();
        editing = item.id();
        name.setObject(d.name());
        description.setObject(d.description());
        kind.setObject(d.kind());
        unit.setObject(d.unitCode());
        price.setObject(d.unitPrice().toPlainString());
        vat.setObject(d.vatCode());
        reference.setObject(d.reference());
    }

    private void reset() {
        editing = null;
        name.setObject("");
        description.setObject("");
        price.setObject("");
        reference.setObject("");
    }

    private Form<Void> itemForm(IModel<List<CatalogueItem>> items) {
        IModel<List<String>> rates = LoadableDetachableModel.of(() -> invoicing().rulebook()
                .ratesOn(user(), LocalDate.now()).stream().map(VatRate::code).toList());
        if (vat.getObject() == null && !rates.getObject().isEmpty()) {
            vat.setObject(rates.getObject().get(0));
        }
        TextField<String> priceField = new TextField<>("price", price);
        Form<Void> form = new Form<>("itemForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(user().can(InvoicingPermissions.WRITE));
            }

            @Override
            protected void onSubmit() {
                Money p = typedMoney(price.getObject(), priceField);
                if (p == null) {
                    return;
                }
                CatalogueItemDetails d = new CatalogueItemDetails(name.getObject(), description.getObject(),
                        kind.getObject(), unit.getObject(), p, vat.getObject(), reference.getObject());
                try {
                    Catalogue catalogue = invoicing().catalogue();
                    if (editing == null) {
                        catalogue.create(user(), activityId, d);
                    } else {
                        catalogue.change(user(), editing, d);
                    }
                    success(getString(editing == null ? "catalogue.added" : "catalogue.changed"));
                    reset();
                    items.detach();
                } catch (ValidationException e) {
                    show(e, this);
                } catch (AccessDeniedException e) {
                    show(e, this);
                }
            }
        };
        form.add(new Label("legend", LoadableDetachableModel.of(() -> getString(editing == null ? "catalogue.add"
                : "catalogue.edit"))));
        form.add(new TextField<>("name", name), new TextField<>("description", description), priceField,
                new TextField<>("reference", reference),
                new DropDownChoice<>("kind", kind, LineKind.sold(), new EnumChoiceRenderer<>(this)),
                new DropDownChoice<>("unit", unit, Catalogue.UNITS, new EnumLikeRenderer("unit.", this)),
                new DropDownChoice<>("vat", vat, rates, new EnumLikeRenderer("vat.", this)));
        form.add(new Link<Void>("cancel") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(editing != null);
            }

            @Override
            public void onClick() {
                reset();
            }
        });
        return form;
    }
}
