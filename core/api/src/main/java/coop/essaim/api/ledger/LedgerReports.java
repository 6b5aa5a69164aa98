package coop.essaim.api.ledger;

import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.List;

/**
 * Service: the accountant's reports, computed by the database from the postings (sums grouped by account, pages
 * of lines), in the cooperative's currency. Balances start at the first day of the fiscal year containing
 * {@code from}: a closed previous year is brought in by its carry-forward entry (à-nouveaux) dated that day.
 *
 * <p>{@link LedgerPermissions#READ} reads every report of the whole cooperative. A user restricted to their own
 * activities ({@link LedgerPermissions#READ_OWN}) reads only the trial balance and the income statement of one
 * activity they are a member of, which they must name; anything else is an
 * {@link coop.essaim.api.security.AccessDeniedException}, and an activity they may not see (or of another
 * cooperative) a {@link coop.essaim.api.problem.ValidationException} naming "activity", the answer of
 * {@link ActivityAccounts}. Bad dates are refused naming "from", "to" or "date"; an unknown account "account".
 */
public interface LedgerReports {

    /** The most lines of the general ledger one call returns. */
    int MAX_PAGE = 500;

    /** The accounts of the cooperative's chart, in code order: what a report may be asked about. */
    List<Account> accounts(UserContext user);

    /**
     * The trial balance (balance générale) from {@code from} to {@code to}, one fiscal year at most: a row per
     * account with postings up to {@code to} in the year, in code order; {@code activityId} keeps one activity
     * (the analytic trial balance, whose totals need not balance: an analytic transfer moves amounts between
     * activities).
     */
    TrialBalance trialBalance(UserContext user, ReportQuery query);

    /** As {@link #trialBalance}, a row per account and activity, by account code then activity id. */
    TrialBalance trialBalanceByActivity(UserContext user, ReportQuery query);

    /**
     * The general ledger (grand livre) from {@code from} to {@code to}, one fiscal year at most: of
     * {@code accountCode}, or of every account with postings in the period in code order when it is null; lines
     * in date, journal, entry number and line order, {@code limit} (1 to {@link #MAX_PAGE}) after skipping
     * {@code offset}. Each line carries the running balance of its account, which continues across pages.
     */
    GeneralLedger generalLedger(UserContext user, ReportQuery query, int offset, int limit);

    /**
     * The balance sheet at the end of {@code date}: assets, liabilities and equity, with the result of the fiscal
     * year so far (revenue minus expenses) in equity, so the two sides are equal. The whole cooperative only.
     */
    BalanceSheet balanceSheet(UserContext user, LocalDate date);

    /** The income statement from {@code from} to {@code to}: revenue, expenses and the result; of one activity if set. */
    IncomeStatement incomeStatement(UserContext user, ReportQuery query);
}
