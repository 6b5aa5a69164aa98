package coop.essaim.treasuryadvances.ui;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.treasuryadvances.internal.rule.RuleEdition;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBox;
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
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The eligibility rules: every dated edition, the one in force first, and the form of a new edition (from today
 * on; rules never change in the past). Figures are typed as the reader writes them ("1 500,00" or "1500.00").
 */
public class RulesPage extends AdvancesPage {

    private static final long serialVersionUID = 1L;

    private final IModel<String> validFrom = Model.of(LocalDate.now().plusDays(1).toString());
    private final IModel<String> invoiceShare = Model.of("80");
    private final IModel<String> activityCeiling = Model.of("5000.00");
    private final IModel<RuleEdition.ExposureBase> base = Model.of(RuleEdition.ExposureBase.TREASURY);
    private final IModel<String> exposureShare = Model.of("30");
    private final IModel<String> fund = Model.of("0");
    private final IModel<String> seniority = Model.of("3");
    private final IModel<String> threshold = Model.of("1000.00");
    private final IModel<Boolean> automatic = Model.of(false);
    private final IModel<String> autoShare = Model.of("50");
    private final IModel<String> autoActivities = Model.of("");

    public RulesPage(PageParameters parameters) {
        super(parameters);
        IModel<List<RuleEdition>> editions = LoadableDetachableModel.of(() -> {
            List<RuleEdition> all = new java.util.ArrayList<>(advances().rules().history(user().cooperativeId()));
            java.util.Collections.reverse(all);
            return all;
        });
        add(new Label("inForce", () -> describe(advances().rules().inForce(user().cooperativeId(),
                LocalDate.now()))));
        add(new ListView<>("editions", editions) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<RuleEdition> item) {
                item.add(new Label("from", day(item.getModelObject().validFrom())),
                        new Label("rules", describe(item.getModelObject())));
            }
        });
        Form<Void> form = new Form<>("ruleForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                save();
            }
        };
        form.add(new TextField<>("validFrom", validFrom), new TextField<>("invoiceShare", invoiceShare),
                new TextField<>("activityCeiling", activityCeiling),
                new DropDownChoice<>("exposureBase", base, Arrays.asList(RuleEdition.ExposureBase.values()),
                        new EnumChoiceRenderer<>(this)).setNullValid(false),
                new TextField<>("exposureShare", exposureShare), new TextField<>("fund", fund),
                new TextField<>("minSeniorityMonths", seniority), new TextField<>("delegateThreshold", threshold),
                new CheckBox("automatic", automatic), new TextField<>("automaticInvoiceShare", autoShare),
                new TextField<>("automaticActivities", autoActivities));
        form.setVisible(user().can(coop.essaim.treasuryadvances.api.TreasuryAdvancePermissions.RULES));
        add(form);
    }

    private String describe(RuleEdition e) {
        Currency c = currency();
        return getString("rules.describe")
                .replace("{invoice}", e.invoiceShare().stripTrailingZeros().toPlainString())
                .replace("{activity}", money(Money.of(e.activityCeiling(), c)))
                .replace("{exposure}", e.exposureShare().stripTrailingZeros().toPlainString())
                .replace("{base}", e.exposureBase() == RuleEdition.ExposureBase.FUND
                        ? getString("rules.ofFund") + " " + money(Money.of(e.fund(), c)) : getString("rules.ofTreasury"))
                .replace("{seniority}", String.valueOf(e.minSeniorityMonths()))
                .replace("{threshold}", money(Money.of(e.delegateThreshold(), c)))
                + (e.autoEnabled() ? " " + getString("rules.automatic").replace("{share}",
                e.autoInvoiceShare().stripTrailingZeros().toPlainString()) : "");
    }

    private void save() {
        try {
            RuleEdition e = new RuleEdition(date(validFrom), percent(invoiceShare), minor(activityCeiling),
                    base.getObject(), percent(exposureShare), minor(fund), integer(seniority), minor(threshold),
                    Boolean.TRUE.equals(automatic.getObject()), percent(autoShare), activities());
            advances().rules().add(user(), e);
            info(getString("rules.saved"));
        } catch (ValidationException e) {
            refused(e);
        } catch (AccessDeniedException e) {
            error(getString("error.forbidden"));
        }
    }

    private Currency currency() {
        return Currency.getInstance(module().service(CooperativeDirectory.class).find(user().cooperativeId())
                .map(c -> c.currency()).orElse("EUR"));
    }

    private static String text(IModel<String> m) {
        return m.getObject() == null ? "" : m.getObject().strip().replace(" ", "").replace("\u202f", "")
                .replace("\u00a0", "").replace(',', '.');
    }

    private static LocalDate date(IModel<String> m) {
        try {
            return LocalDate.parse(text(m));
        } catch (RuntimeException e) {
            return null;   // refused naming validFrom
        }
    }

    private static BigDecimal percent(IModel<String> m) {
        try {
            return new BigDecimal(text(m));
        } catch (NumberFormatException e) {
            return null;   // refused naming the field
        }
    }

    private long minor(IModel<String> m) {
        try {
            return Money.parse(text(m), currency()).minorUnits();
        } catch (RuntimeException e) {
            return -1;   // refused naming the field
        }
    }

    private static int integer(IModel<String> m) {
        try {
            return Integer.parseInt(text(m));
        } catch (NumberFormatException e) {
            return -1;   // refused naming the field
        }
    }

    private Set<Long> activities() {
        String t = text(autoActivities);
        if (t.isEmpty()) {
            return Set.of();
        }
        try {
            return Arrays.stream(t.split("[;]")).map(Long::valueOf).collect(Collectors.toSet());
        } catch (NumberFormatException e) {
            throw new ValidationException("automaticActivities", getString("error.activityIds"));
        }
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("rules.pageTitle");
    }
}
