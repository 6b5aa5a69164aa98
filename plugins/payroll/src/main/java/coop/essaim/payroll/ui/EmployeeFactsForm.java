package coop.essaim.payroll.ui;

import coop.essaim.api.payroll.Household;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.NumberTextField;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.payroll.api.EmployeeFacts;
import coop.essaim.payroll.api.PayrollPermissions;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What payroll needs of a person beyond the person file, for those who run payroll: executive status, the
 * personal withholding rate the tax office sent (blank: the neutral rate), the IBAN net pay goes to, the tax
 * household and dependants (for the countries whose payroll depends on them). Choosing a
 * person and pressing "read" fills the form with what is recorded.
 */
final class EmployeeFactsForm extends Form<Void> {

    private static final long serialVersionUID = 1L;

    private final PayrollPage page;
    private final IModel<PlansPage.Choice> person = Model.of();
    private final IModel<Boolean> executive = Model.of(false);
    private final IModel<String> rate = Model.of("");
    private final IModel<String> iban = Model.of("");
    private final IModel<String> bic = Model.of("");
    private final IModel<Household> household = Model.of(Household.SINGLE);
    private final IModel<Integer> dependants = Model.of(0);

    EmployeeFactsForm(String id, PayrollPage page, List<PlansPage.Choice> persons) {
        super(id);
        this.page = page;
        if (!persons.isEmpty()) {
            person.setObject(persons.get(0));
            load();
        }
        TextField<String> rateField = new TextField<>("rate", rate);
        add(new DropDownChoice<>("person", person, persons, new ChoiceRenderer<>("name", "id")));
        add(new CheckBox("executive", executive), rateField, new TextField<>("iban", iban), new TextField<>("bic", bic));
        add(new DropDownChoice<>("household", household, List.of(Household.values()),
                new EnumChoiceRenderer<>(this)).setRequired(true));
        add(new NumberTextField<>("dependants", dependants, Integer.class).setMinimum(0).setRequired(true));
        add(new Button("read") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                load();
            }
        });
        add(new Button("save") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                try {
                    BigDecimal percent = page.typedDecimal(rate.getObject(), rateField);
                    page.payroll().employees().record(page.actor(), new EmployeeFacts(person.getObject().id(),
                            Boolean.TRUE.equals(executive.getObject()), percent, iban.getObject(), bic.getObject(),
                            household.getObject(), dependants.getObject()));
                    getSession().success(getString("facts.saved"));
                } catch (PayrollPage.FieldRefused e) {
                    // the field shows its error
                } catch (ValidationException e) {
                    page.show(e, EmployeeFactsForm.this);
                }
            }
        });
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(person.getObject() != null && page.actor().can(PayrollPermissions.RUN));
    }

    private void load() {
        EmployeeFacts facts = page.payroll().employees().readable(page.actor(), person.getObject().id());
        executive.setObject(facts.executive());
        rate.setObject(facts.withholdingRatePercent() == null ? "" : facts.withholdingRatePercent().toPlainString());
        iban.setObject(facts.iban() == null ? "" : facts.iban());
        bic.setObject(facts.bic() == null ? "" : facts.bic());
        household.setObject(facts.household());
        dependants.setObject(facts.dependants());
    }
}
