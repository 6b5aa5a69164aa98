package coop.essaim.invoicing.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.sales.VatRate;
import coop.essaim.invoicing.api.InvoiceLine;
import coop.essaim.invoicing.api.LineDraft;
import org.apache.wicket.Component;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.danekja.java.util.function.serializable.SerializableBooleanSupplier;
import org.danekja.java.util.function.serializable.SerializableSupplier;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines and totals of a sales document's page (an invoice's, a quote's), each line removable while the draft
 * keeps one, and the {@code addLine} form, with {@code fromCatalogue} before it where the page offers the
 * activity's catalogue. Every change stores the whole draft again.
 */
final class SalesLinesPanel extends Panel {

    private static final long serialVersionUID = 1L;

    /** What the page's document shows: its date (for the VAT rates in force), lines and totals. */
    record Figures(LocalDate issueDate, List<InvoiceLine> lines, Money totalExcl, Money totalVat, Money totalIncl,
                   Money outstanding) implements Serializable {
    }

    /** Stores the draft with these lines; {@code false} when refused, the error shown on {@code feedback}. */
    @FunctionalInterface
    interface Change extends Serializable {
        boolean change(List<LineDraft> lines, Component feedback);
    }

    private final SerializableSupplier<Figures> figures;
    private final SerializableBooleanSupplier editable;
    private final Change change;
    private final Long catalogueActivity;

    /**
     * {@code figures}: the document as shown, its {@code outstanding} {@code null} for no such row; {@code editable}:
     * whether the user may change its lines now; {@code catalogueActivity}: the activity whose catalogue fills a
     * line, or {@code null} for none.
     */
    SalesLinesPanel(String id, SerializableSupplier<Figures> figures, SerializableBooleanSupplier editable,
                    Change change, Long catalogueActivity) {
        super(id);
        this.figures = figures;
        this.editable = editable;
        this.change = change;
        this.catalogueActivity = catalogueActivity;
    }

    /** Builds the children once attached: the line's VAT rates are read through the page. */
    @Override
    protected void onInitialize() {
        super.onInitialize();
        LineFields line = new LineFields(() -> page().invoicing().rulebook().ratesOn(page().currentUserContext(),
                figures.get().issueDate()).stream().map(VatRate::code).toList());
        add(lines());
        add(new Label("totalExcl", LoadableDetachableModel.of(() -> page().money(figures.get().totalExcl()))));
        add(new Label("totalVat", LoadableDetachableModel.of(() -> page().money(figures.get().totalVat()))));
        add(new Label("totalIncl", LoadableDetachableModel.of(() -> page().money(figures.get().totalIncl()))));
        WebMarkupContainer outstandingRow = new WebMarkupContainer("outstandingRow") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(figures.get().outstanding() != null);
            }
        };
        outstandingRow.add(new Label("outstanding", LoadableDetachableModel.of(() -> figures.get().outstanding() == null
                ? "" : page().money(figures.get().outstanding()))));
        add(outstandingRow);
        add(catalogueActivity == null ? new WebMarkupContainer("fromCatalogue").setVisible(false)
                : new CatalogueChooser("fromCatalogue", catalogueActivity, line, editable));
        add(addLineForm(line));
    }

    private InvoicingPage page() {
        return findParent(InvoicingPage.class);
    }

    private ListView<InvoiceLine> lines() {
        return new ListView<>("lines", LoadableDetachableModel.of(() -> figures.get().lines())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<InvoiceLine> item) {
                InvoiceLine l = item.getModelObject();
                item.add(new Label("description", l.description()));
                item.add(new Label("quantity", page().plain(l.quantity()) + " " + getString("unit." + l.unitCode(),
                        null, l.unitCode())));
                item.add(new Label("price", page().money(l.unitPrice())));
                item.add(new Label("discount", l.discountPercent().signum() == 0 ? ""
                        : page().plain(l.discountPercent()) + " %"));
                item.add(new Label("vat", getString("vat." + l.vatCode(), null, l.vatCode())));
                item.add(new Label("net", page().money(l.net())));
                int index = item.getIndex();
                item.add(new Link<Void>("remove") {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void onConfigure() {
                        super.onConfigure();
                        setVisible(editable.getAsBoolean() && figures.get().lines().size() > 1);
                    }

                    @Override
                    public void onClick() {
                        List<LineDraft> kept = new ArrayList<>(drafts());
                        kept.remove(index);
                        change.change(kept, getPage());
                    }
                });
            }
        };
    }

    private Form<Void> addLineForm(LineFields line) {
        Form<Void> form = new Form<>("addLine") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(editable.getAsBoolean());
            }

            @Override
            protected void onSubmit() {
                LineDraft added = line.draft(page(), this);
                if (added != null) {
                    List<LineDraft> all = new ArrayList<>(drafts());
                    all.add(added);
                    if (change.change(all, this)) {
                        line.clear();
                    }
                }
            }
        };
        line.addTo(form);
        return form;
    }

    private List<LineDraft> drafts() {
        return figures.get().lines().stream().map(l -> new LineDraft(l.description(), l.kind(), l.quantity(),
                l.unitCode(), l.unitPrice(), l.discountPercent(), l.vatCode())).toList();
    }
}
