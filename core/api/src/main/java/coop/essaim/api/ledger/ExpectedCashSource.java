package coop.essaim.api.ledger;

import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.List;

/**
 * Extension point: what a module expects an activity's cash to receive or pay, so the core can forecast its
 * treasury ({@link TreasuryForecast}): invoicing contributes unpaid invoices by due date and the purchases and
 * expense notes still to pay, payroll the planned salaries.
 *
 * <p><b>What the module must do.</b> Return only what the ledger does not hold yet (what is left to pay of a
 * partly paid invoice, not its total), in the activity's currency, due on or before {@code until}; overdue items
 * with their own past date. Answer for {@code user} with the module's own permission rules: the core has already
 * checked that the user reads the activity's treasury. Never block for long: the activity's page calls it.
 */
public interface ExpectedCashSource {

    List<ExpectedCash> expected(UserContext user, long activityId, LocalDate until);
}
