package coop.essaim.treasuryadvances.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.treasuryadvances.api.AdvanceKind;
import coop.essaim.treasuryadvances.api.AdvanceRequest;
import coop.essaim.treasuryadvances.api.Instalment;
import coop.essaim.treasuryadvances.api.RepaymentMode;
import coop.essaim.treasuryadvances.api.RuleCheck;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.util.ListModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * The request: the activity, kind, amount, reason, invoices relied on and the proposed repayment. "Check" shows each
 * rule in force and whether it passes on today's figures; "Request" records it for the board (or grants it at once
 * when the cooperative's automatic rule covers it).
 */
public class RequestPage extends AdvancesPage {

    private static final long serialVersionUID = 1L;

    record Choice(long id, String name) implements Serializable {
    }

    private final IModel<Choice> activity = Model.of();
    private final IModel<AdvanceKind> kind = Model.of(AdvanceKind.SALARY);
    private final IModel<String> amount = Model.of("");
    private final IModel<String> reason = Model.of("");
    private final IModel<String> invoices = Model.of("");
    private final IModel<RepaymentMode> repayment = Model.of(RepaymentMode.RECEIPTS);
    private final IModel<String> receiptShare = Model.of("100");
    private final IModel<String> dueOn = Model.of(LocalDate.now().plusMonths(3).toString());
    private final IModel<String> schedule = Model.of("");
    private final ListModel<RuleCheck> checks = new ListModel<>(new ArrayList<>());

    public RequestPage(PageParameters parameters) {
        super(parameters);
        List<Choice> activities = advances().advances().requestableActivities(user()).stream()
                .map(a -> new Choice(a.id(), a.name())).toList();
        if (!activities.isEmpty()) {
            activity.setObject(activities.get(0));
        }
        Form<Void> form = new Form<>("requestForm");
        form.add(new DropDownChoice<>("activity", activity, activities, new ChoiceRenderer<>("name", "id"))
                        .setNullValid(false),
                new DropDownChoice<>("kind", kind, Arrays.asList(AdvanceKind.values()), new EnumChoiceRenderer<>(this))
                        .setNullValid(false),
                new TextField<>("amount", amount), new TextArea<>("reason", reason),
                new TextArea<>("invoices", invoices),
                new DropDownChoice<>("repayment", repayment, Arrays.asList(RepaymentMode.values()),
                        new EnumChoiceRenderer<>(this)).setNullValid(false),
                new TextField<>("receiptShare", receiptShare), new TextField<>("dueOn", dueOn),
                new TextArea<>("schedule", schedule));
        form.add(new Button("check") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                check();
            }
        }, new Button("submit") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                submit();
            }
        });
        form.setVisible(!activities.isEmpty());
        add(form, new Label("none", getString("request.none")).setVisible(activities.isEmpty()));
        add(checks("checks", checks));
    }

    private Currency currency() {
        return Currency.getInstance(module().service(coop.essaim.api.cooperative.CooperativeDirectory.class)
                .find(user().cooperativeId()).map(c -> c.currency()).orElse("EUR"));
    }

    private Money parsedAmount() {
        try {
            return Money.parse(text(amount).replace(',', '.').replace(" ", ""), currency());
        } catch (RuntimeException e) {
            return null;   // the service names the field
        }
    }

    private void check() {
        Money m = parsedAmount();
        if (activity.getObject() == null || m == null || kind.getObject() == null) {
            error(getString("field.amount") + " : " + getString("error.amount"));
            return;
        }
        try {
            checks.setObject(new ArrayList<>(advances().advances().checks(user(), activity.getObject().id(),
                    kind.getObject(), m, null)));
        } catch (ValidationException e) {
            refused(e);
        }
    }

    private void submit() {
        AdvanceRequest request;
        try {
            request = new AdvanceRequest(activity.getObject() == null ? 0 : activity.getObject().id(), kind.getObject(),
                    parsedAmount(), reason.getObject(), Arrays.stream(text(invoices).split("\n")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList(), repayment.getObject(), share(), date(text(dueOn)),
                    instalments());
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
            return;
        }
        try {
            TreasuryAdvance a = advances().advances().request(user(), request);
            getSession().info(getString("request.saved"));
            setResponsePage(AdvancePage.class, new PageParameters().set("id", a.id()));
        } catch (ValidationException e) {
            refused(e);
        }
    }

    private BigDecimal share() {
        try {
            return new BigDecimal(text(receiptShare).replace(',', '.'));
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;   // refused by the service, naming receiptShare
        }
    }

    /** One instalment a line: "2027-04-30 250.00". */
    private List<Instalment> instalments() {
        if (repayment.getObject() != RepaymentMode.SCHEDULE) {
            return List.of();
        }
        List<Instalment> out = new ArrayList<>();
        for (String line : text(schedule).split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 2) {
                try {
                    out.add(new Instalment(LocalDate.parse(parts[0]), Money.parse(parts[1].replace(',', '.'),
                            currency())));
                    continue;
                } catch (RuntimeException e) {
                    // reported below
                }
            }
            if (!line.isBlank()) {
                throw new IllegalArgumentException(getString("field.schedule") + " : " + getString("error.line")
                        + " " + line.strip());
            }
        }
        return out;
    }

    private LocalDate date(String value) {
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;   // the service names the field
        }
    }

    private static String text(IModel<String> model) {
        return model.getObject() == null ? "" : model.getObject().strip();
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("request.title");
    }
}
