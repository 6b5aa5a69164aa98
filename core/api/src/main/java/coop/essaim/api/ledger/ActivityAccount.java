package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

import java.time.LocalDate;

/**
 * An activity's account for a period (domain.md, "Money"), from its postings: {@code turnoverExclVat} (its
 * income accounts, credit notes deducted), {@code contribution} (the cooperative's scheme applied to the
 * period's figures), {@code expenses} (its expense accounts other than salary costs, purchases for resale
 * included), {@code salaryCosts}, and then:
 * <ul>
 *   <li>{@link #availableForPay()} = turnover − contribution − expenses, what funds the loaded salary;</li>
 *   <li>{@link #result()} = available − salary costs, what is left once salaries are charged;</li>
 * </ul>
 * and {@code treasury}, the cash on the activity's bank and cash accounts at the end of the period (all its
 * history, not only the period): payments received minus payments made. Invoiced but unpaid turnover is not
 * in it. All amounts share the cooperative's currency.
 */
public record ActivityAccount(long activityId, LocalDate from, LocalDate to, Money turnoverExclVat,
                              Money purchasesForResale, Contribution contribution,
                              Money expenses, Money salaryCosts,
                              Money treasury) {

    public Money availableForPay() {
        return budget().availableForPay();
    }

    public Money result() {
        return availableForPay().minus(salaryCosts);
    }

    /** The salary budget these figures give, to smooth over months with the adviser. */
    public SalaryBudget budget() {
        return new SalaryBudget(turnoverExclVat, contribution.amount(), expenses);
    }
}
