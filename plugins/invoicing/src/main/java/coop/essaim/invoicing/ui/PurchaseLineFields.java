package coop.essaim.invoicing.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.sales.VatRate;
import coop.essaim.invoicing.api.ExpenseNotes;
import coop.essaim.invoicing.api.PurchaseLineDraft;
import org.apache.wicket.Component;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The fields of one supplier invoice line, inside a form: expense category, description, net amount, the VAT rate
 * and, when the supplier's document shows another figure, the VAT amount itself.
 */
class PurchaseLineFields extends Panel {

    private static final long serialVersionUID = 1L;

    private final IModel<String> account = Model.of();
    private final IModel<String> description = Model.of("");
    private final IModel<String> net = Model.of("");
    /** The country's standard rate until the user picks another (set when the panel is added to its page). */
    private final IModel<String> vatCode = Model.of();
    private final IModel<String> vat = Model.of("");
    private final TextField<String> netField = new TextField<>("net", net);
    private final TextField<String> vatField = new TextField<>("vat", vat);

    PurchaseLineFields(String id) {
        super(id);
        IModel<List<ExpenseNotes.ExpenseCategory>> categories = LoadableDetachableModel.of(() -> page().invoicing()
                .supplierInvoices().categories(page().currentUserContext()));
        add(new DropDownChoice<>("account", account, LoadableDetachableModel.of(() -> categories.getObject().stream()
                .map(ExpenseNotes.ExpenseCategory::accountCode).toList()), new ChoiceRenderer<>() {
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
        DropDownChoice<String> rates = new DropDownChoice<>("vatCode", vatCode, LoadableDetachableModel.of(() ->
                page().invoicing().rulebook().ratesOn(page().currentUserContext(), LocalDate.now()).stream()
                        .map(VatRate::code).toList()), new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String code) {
                        return getString("vat." + code, null, code);
                    }

                    @Override
                    public String getIdValue(String code, int index) {
                        return code;
                    }
                });
        rates.setNullValid(true);
        add(rates, new TextField<>("description", description), netField, vatField);
    }

    /** The line as typed, or {@code null} with the fields' errors shown. */
    PurchaseLineDraft draft() {
        Money n = page().typedMoney(net.getObject(), netField);
        String typedVat = vat.getObject();
        Money v = typedVat == null || typedVat.isBlank() ? null : page().typedMoney(typedVat, vatField);
        if (n == null || (typedVat != null && !typedVat.isBlank() && v == null)) {
            return null;
        }
        PurchaseLineDraft line = new PurchaseLineDraft(account.getObject(), description.getObject(), n,
                vatCode.getObject(), v);
        description.setObject("");
        net.setObject("");
        vat.setObject("");
        return line;
    }

    /** A date typed as 2026-12-01, or {@code null} with an error on {@code field}. */
    static LocalDate day(String text, Component field) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            field.error(field.getString("payments.date"));
            return null;
        }
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        if (vatCode.getObject() == null) {
            vatCode.setObject(page().invoicing().rulebook().standardRate(page().currentUserContext(),
                    LocalDate.now(), LocalDate.now()).code());
        }
    }

    private InvoicingPage page() {
        return findParent(InvoicingPage.class);
    }
}
