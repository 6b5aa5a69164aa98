package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountKind;
import coop.essaim.api.ledger.AccountRole;
import coop.essaim.api.ledger.ActivityFigures;
import coop.essaim.api.money.Money;

import java.time.LocalDate;

/**
 * One activity's sums over a period, read through the chart's kinds and roles: what its account shows and
 * what its contribution is computed from. Amounts in minor units of the cooperative's currency.
 */
final class AccountFigures {

    private long turnover;
    private long internalSales;
    private long purchases;
    private long expenses;
    private long salaries;
    private long contributionPosted;

    /** Adds the period's balance of one account ({@code debitBalance} = debit − credit). */
    void add(Account account, long debitBalance) {
        if (account.role() == AccountRole.CONTRIBUTION) {
            contributionPosted += debitBalance;
        } else if (account.kind() == AccountKind.INCOME) {
            turnover -= debitBalance;
            internalSales -= account.role() == AccountRole.INTERNAL_SALES ? debitBalance : 0;
        } else if (account.kind() == AccountKind.EXPENSE && account.role() == AccountRole.SALARY_COST) {
            salaries += debitBalance;
        } else if (account.kind() == AccountKind.EXPENSE) {
            expenses += debitBalance;
            purchases += account.role() == AccountRole.PURCHASES_FOR_RESALE ? debitBalance : 0;
        }
    }

    /**
     * What the contribution scheme reads. Internal sales are left out: the other activity's sale to its customer
     * already bore the contribution.
     */
    ActivityFigures contributionBase(long activityId, LocalDate from, LocalDate to, String currency) {
        return new ActivityFigures(activityId, from, to, Money.of(turnover - internalSales, currency),
                Money.of(purchases, currency), Money.of(salaries, currency));
    }

    long turnover() {
        return turnover;
    }

    long expenses() {
        return expenses;
    }

    long salaries() {
        return salaries;
    }

    /** The transfers to the structure already in the ledger for the period (negative on the structure itself). */
    long contributionPosted() {
        return contributionPosted;
    }
}
