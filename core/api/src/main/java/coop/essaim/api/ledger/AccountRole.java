package coop.essaim.api.ledger;

/**
 * What the core needs to know of an account beyond its kind to build an activity's account: where the cash
 * is (its treasury), what counts as purchases for resale (the gross-margin base) and as salary costs (kept
 * apart from the other expenses, since they are what the available amount pays for). Anything else is
 * {@link #GENERAL}.
 */
public enum AccountRole {
    /** Bank and cash accounts: the treasury is what moves on them (French PCG 512, 530). */
    CASH,
    /** Amounts customers owe (French PCG 411): invoiced, not yet cash. */
    RECEIVABLE,
    /** Amounts owed to suppliers (French PCG 401). */
    PAYABLE,
    /** Goods bought to be sold on (French PCG 607). */
    PURCHASES_FOR_RESALE,
    /** Gross salaries and employer contributions (French PCG 641, 645). */
    SALARY_COST,
    /**
     * Turnover from another activity of the same cooperative (an internal invoice, French PCG 708800): part of the
     * activity's turnover and of what it can pay itself, but not of its contribution base, since the work was
     * already counted in the sale the other activity made to its customer.
     */
    INTERNAL_SALES,
    /**
     * The cooperative's contribution as an analytic transfer (French PCG 658100): debited on the activity that owes
     * it, credited on the cooperative's structure, in one entry, so the account nets to zero in the cooperative's
     * own books and only the sections move. Kept out of the activity's expenses: the account shows the
     * contribution on its own line.
     */
    CONTRIBUTION,
    /** Where a year's profit is carried forward (French PCG 120). */
    YEAR_PROFIT,
    /** Where a year's loss is carried forward (French PCG 129); the profit account when the chart has none. */
    YEAR_LOSS,
    GENERAL
}
