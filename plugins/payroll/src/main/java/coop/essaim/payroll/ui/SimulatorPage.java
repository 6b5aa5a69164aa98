package coop.essaim.payroll.ui;

import coop.essaim.api.payroll.Payslip;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.payroll.api.Simulation;
import coop.essaim.payroll.api.SimulationResult;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.danekja.java.util.function.serializable.SerializableFunction;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;

/**
 * The salary simulator: an adviser enters a turnover with expenses and months, or a monthly budget, or a gross,
 * and sees the contract it funds (gross, net, cost, hours), by the rules and checks of the monthly run.
 */
public class SimulatorPage extends PayrollPage {

    private static final long serialVersionUID = 1L;

    private final IModel<String> month = Model.of(YearMonth.now().toString());
    private final IModel<String> turnover = Model.of("");
    private final IModel<String> expenses = Model.of("");
    private final IModel<String> months = Model.of("");
    private final IModel<String> budget = Model.of("");
    private final IModel<String> gross = Model.of("");
    private final IModel<String> hours = Model.of("");
    private final IModel<String> hourlyCost = Model.of("");
    private final IModel<Boolean> executive = Model.of(false);
    /** Shown in the request that computed it, never kept with the page. */
    private transient SimulationResult result;

    public SimulatorPage(PageParameters parameters) {
        super(parameters);
        TextField<String> monthField = new TextField<>("month", month);
        TextField<String> turnoverField = new TextField<>("turnover", turnover);
        TextField<String> expensesField = new TextField<>("expenses", expenses);
        TextField<String> monthsField = new TextField<>("months", months);
        TextField<String> budgetField = new TextField<>("budget", budget);
        TextField<String> grossField = new TextField<>("gross", gross);
        TextField<String> hoursField = new TextField<>("hours", hours);
        TextField<String> costField = new TextField<>("hourlyCost", hourlyCost);
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                result = null;
                try {
                    Currency c = currency();
                    BigDecimal count = typedDecimal(months.getObject(), monthsField);
                    Simulation asked = new Simulation(typedMonth(month.getObject(), monthField),
                            typedMoney(turnover.getObject(), turnoverField, c),
                            typedMoney(expenses.getObject(), expensesField, c),
                            count == null ? null : count.intValue(), typedMoney(budget.getObject(), budgetField, c),
                            typedMoney(gross.getObject(), grossField, c), typedDecimal(hours.getObject(), hoursField),
                            typedMoney(hourlyCost.getObject(), costField, c), Boolean.TRUE.equals(executive.getObject()));
                    result = payroll().simulator().simulate(user(), asked);
                } catch (FieldRefused e) {
                    // the field shows its error
                } catch (ValidationException e) {
                    show(e, this);
                }
            }
        };
        form.add(monthField, turnoverField, expensesField, monthsField, budgetField, grossField, hoursField,
                costField, new CheckBox("executive", executive));
        add(form);
        add(outcome());
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("simulator.title");
    }

    private WebMarkupContainer outcome() {
        WebMarkupContainer box = new WebMarkupContainer("result") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(result != null);
            }
        };
        box.add(figure("contribution", r -> money(r.contribution())), figure("available", r -> money(r.available())),
                figure("monthlyBudget", r -> money(r.monthlyBudget())),
                payslip("gross", p -> money(p.gross())), payslip("hours", p -> plain(p.situation().monthlyHours())),
                payslip("net", p -> money(p.netBeforeIncomeTax())), payslip("netPaid", p -> money(p.netPaid())),
                payslip("cost", p -> money(p.employerCost())),
                figure("notice", r -> r.notice() == null ? "" : r.notice()));
        return box;
    }

    private Label figure(String id, SerializableFunction<SimulationResult, String> text) {
        return new Label(id, () -> result == null ? "" : text.apply(result));
    }

    private Label payslip(String id, SerializableFunction<Payslip, String> text) {
        return figure(id, r -> r.payslip() == null ? "" : text.apply(r.payslip()));
    }
}
