package coop.essaim.web.internal.people;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.EmploymentTerms;
import coop.essaim.api.people.EmploymentTermsVersion;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.web.internal.CorePanel;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.form.DateField;
import coop.essaim.web.internal.form.FieldFeedback;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The member's employment terms as dated versions (hours and loaded hourly cost of the open-ended contract),
 * and, for those who manage people, the form of an amendment. The kernel checks every value.
 */
public class EmploymentTermsPanel extends CorePanel {

    private static final long serialVersionUID = 1L;

    public EmploymentTermsPanel(String id, long personId, boolean mayAmend) {
        super(id);
        IModel<List<EmploymentTermsVersion>> versions = LoadableDetachableModel.of(() ->
                Services.people().employmentTerms(user(), personId));
        add(new ListView<>("versions", versions) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<EmploymentTermsVersion> item) {
                EmploymentTerms t = item.getModelObject().terms();
                item.add(new Label("from", corePage().date(t.validFrom())));
                item.add(new Label("hours", t.hours().stripTrailingZeros().toPlainString()));
                item.add(new Label("per", getString("terms.per." + t.per())));
                item.add(new Label("cost", t.loadedHourlyCost().format(getLocale())));
                item.add(new Label("details", t.details() == null ? "" : t.details()));
            }
        });
        add(new WebMarkupContainer("none") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(versions.getObject().isEmpty());
            }
        });
        add(form(personId).setVisible(mayAmend));
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Form<Void> form(long personId) {
        FieldFeedback fields = new FieldFeedback("terms.");
        IModel<LocalDate> from = Model.of();
        IModel<String> hours = Model.of();
        IModel<EmploymentTerms.Per> per = Model.of(EmploymentTerms.Per.MONTH);
        IModel<String> cost = Model.of();
        IModel<String> details = Model.of();
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                BigDecimal h = decimal(hours.getObject());
                if (h == null) {
                    get("hours").error(getString("terms.hours.invalid"));
                    return;
                }
                try {
                    String currency = Services.cooperative(user()).currency();
                    Money hourly = Money.parse(cost.getObject().strip().replace(',', '.'),
                            java.util.Currency.getInstance(currency));
                    Services.people().amendEmploymentTerms(user(), personId, new EmploymentTerms(from.getObject(),
                            h, per.getObject(), hourly, details.getObject()));
                    getSession().success(getString("terms.recorded"));
                    setResponsePage(PersonPage.class, new PageParameters().set("id", personId));
                } catch (ValidationException e) {
                    fields.show(e, this);
                } catch (IllegalArgumentException e) {
                    get("cost").error(getString("terms.cost.invalid"));
                }
            }
        };
        fields.add(form, new DateField("validFrom", from).setRequired(true));
        // typed as people write them: "151,67" in French, "151.67" in English
        fields.add(form, new TextField<>("hours", hours).setRequired(true));
        fields.add(form, new DropDownChoice<>("per", per, Arrays.asList(EmploymentTerms.Per.values()),
                new EnumChoiceRenderer<>(this)).setRequired(true));
        fields.add(form, new TextField<>("cost", cost).setRequired(true), "loadedHourlyCost");
        fields.add(form, new TextField<>("details", details));
        return form;
    }
}
