package coop.essaim.invoicing.ui;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.LineKind;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.danekja.java.util.function.serializable.SerializableSupplier;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The fields of one invoice line in a form (ids {@code description}, {@code lineKind}, {@code quantity},
 * {@code unit}, {@code price}, {@code discount}, {@code vat}): numbers typed with a comma or a point, the VAT rates
 * those of the country in force today.
 */
final class LineFields implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> UNITS = List.of("C62", "HUR", "DAY", "MON", "MTR", "KGM", "LTR", "KMT");

    private final SerializableSupplier<List<String>> rates;
    private final IModel<String> description = Model.of("");
    private final IModel<LineKind> kind = Model.of(LineKind.SERVICE);
    private final IModel<String> quantity = Model.of("1");
    private final IModel<String> unit = Model.of("C62");
    private final IModel<String> price = Model.of("");
    private final IModel<String> discount = Model.of("0");
    private final IModel<String> vat = Model.of();
    private TextField<String> quantityField;
    private TextField<String> priceField;
    private TextField<String> discountField;

    LineFields(SerializableSupplier<List<String>> rates) {
        this.rates = rates;
    }

    void addTo(Form<?> form) {
        IModel<List<String>> codes = LoadableDetachableModel.of(rates);
        if (vat.getObject() == null && !codes.getObject().isEmpty()) {
            vat.setObject(codes.getObject().get(0));
        }
        quantityField = new TextField<>("quantity", quantity);
        priceField = new TextField<>("price", price);
        discountField = new TextField<>("discount", discount);
        form.add(new TextField<>("description", description), quantityField, priceField, discountField,
                new DropDownChoice<>("lineKind", kind, LineKind.sold(),
                        new EnumChoiceRenderer<>(form)),
                new DropDownChoice<>("unit", unit, UNITS, new EnumLikeRenderer("unit.", form)),
                new DropDownChoice<>("vat", vat, codes, new EnumLikeRenderer("vat.", form)));
    }

    /** The line as typed, or {@code null} when a number cannot be read (the field says why). */
    LineDraft draft(InvoicingPage page, Form<?> form) {
        BigDecimal q = page.typedDecimal(quantity.getObject(), quantityField);
        Money p = page.typedMoney(price.getObject(), priceField);
        BigDecimal d = page.typedDecimal(discount.getObject(), discountField);
        if (q == null || p == null || d == null) {
            return null;
        }
        return new LineDraft(description.getObject(), kind.getObject(), q, unit.getObject(), p, d, vat.getObject());
    }

    /** Fills the fields with {@code line} (one from the catalogue); the user may still change them before adding. */
    void fill(LineDraft line) {
        description.setObject(line.description());
        kind.setObject(line.kind());
        quantity.setObject(line.quantity().toPlainString());
        unit.setObject(line.unitCode());
        price.setObject(line.unitPrice().toPlainString());
        discount.setObject(line.discountPercent().toPlainString());
        vat.setObject(line.vatCode());
    }

    void clear() {
        description.setObject("");
        price.setObject("");
        quantity.setObject("1");
        discount.setObject("0");
    }
}
