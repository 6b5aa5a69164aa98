package coop.essaim.web.internal.cooperative;

import coop.essaim.api.ledger.ContributionBase;
import coop.essaim.api.ledger.ContributionRate;
import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.web.internal.CorePanel;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.form.DateField;
import coop.essaim.web.internal.form.FieldFeedback;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The contribution the activities pay the cooperative: the core's rate (10 % of turnover excl. VAT until the
 * cooperative sets its own) or a plugin's scheme, as dated versions, and the form that adds one from a date. The rate is typed as
 * people say it, a percentage ("12,5"); the kernel refuses a date in the past, naming the field.
 */
class ContributionRatesPanel extends CorePanel {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    ContributionRatesPanel(String id) {
        super(id);
        IModel<List<ContributionRate>> versions = LoadableDetachableModel.of(() -> {
            List<ContributionRate> history = Services.contributionRates().history(user());
            return history.isEmpty() ? List.of(Services.contributionRates().inForce(user(), LocalDate.now())) : history;
        });
        add(new ListView<>("versions", versions) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ContributionRate> item) {
                ContributionRate r = item.getModelObject();
                item.add(new Label("scheme", r.coreScheme() ? getString("contribution.scheme.core") : r.schemeId()));
                item.add(new Label("from", r.isCoreDefault() ? getString("contribution.coreDefault")
                        : r.validFrom().toString()));
                item.add(new Label("rate", percent(r.rate())));
                item.add(new Label("base", getString("contribution.base." + r.base().name())));
                item.add(new Label("fee", r.monthlyFee().map(m -> m.format(getLocale())).orElse("—")));
            }
        });
        add(form());
    }

    private String percent(BigDecimal fraction) {
        NumberFormat f = NumberFormat.getNumberInstance(getLocale());
        f.setMaximumFractionDigits(4);
        return f.format(fraction.multiply(HUNDRED)) + " %";
    }

    private Form<Void> form() {
        FieldFeedback fields = new FieldFeedback("contribution.");
        IModel<LocalDate> from = Model.of();
        IModel<String> rate = Model.of();
        IModel<ContributionBase> base = Model.of(ContributionBase.TURNOVER);
        IModel<String> fee = Model.of();
        IModel<String> scheme = Model.of(ContributionRate.CORE_SCHEME);
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                BigDecimal percent = decimal(rate.getObject());
                if (percent == null) {
                    get("rate").error(getString("contribution.rate.invalid"));
                    return;
                }
                Optional<Money> monthly;
                try {
                    monthly = Optional.ofNullable(fee.getObject()).filter(t -> !t.isBlank()).map(t -> Money.parse(
                            t.strip().replace(',', '.'), Currency.getInstance(Services.cooperative(user()).currency())));
                } catch (IllegalArgumentException e) {
                    get("monthlyFee").error(getString("contribution.monthlyFee.invalid"));
                    return;
                }
                try {
                    Services.contributionRates().set(user(), new ContributionRate(from.getObject(),
                            percent.divide(HUNDRED, MathContext.DECIMAL64).stripTrailingZeros(), base.getObject(),
                            monthly, scheme.getObject()));
                    getSession().success(getString("contribution.saved"));
                    setResponsePage(getPage().getClass());
                } catch (ValidationException e) {
                    fields.show(e, this);
                }
            }
        };
        fields.add(form, new DateField("validFrom", from).setRequired(true));
        fields.add(form, new DropDownChoice<>("schemeId", scheme, LoadableDetachableModel.of(
                () -> Services.contributionRates().schemes(user())), new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(String id) {
                return ContributionRate.CORE_SCHEME.equals(id) ? getString("contribution.scheme.core") : id;
            }
        }).setRequired(true));
        fields.add(form, new TextField<>("rate", rate).setRequired(true));
        fields.add(form, new DropDownChoice<>("base", base, Arrays.asList(ContributionBase.values()),
                new EnumChoiceRenderer<>(this)).setRequired(true));
        fields.add(form, new TextField<>("monthlyFee", fee));
        return form;
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null ? null : new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
