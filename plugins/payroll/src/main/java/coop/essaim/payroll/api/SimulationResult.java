package coop.essaim.payroll.api;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.Payslip;

/**
 * The contract a simulation funds: the contribution and what is available (when asked from turnover), the
 * monthly budget (when asked from turnover or a budget), and the payslip (gross, net, cost, hours in its
 * situation); or, when nothing lawful can be paid, no payslip and the {@code notice} saying why.
 */
public record SimulationResult(Money contribution, Money available, Money monthlyBudget, Payslip payslip,
                               String notice) {
}
