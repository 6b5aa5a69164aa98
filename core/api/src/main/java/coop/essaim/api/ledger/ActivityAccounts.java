package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;
import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Service: each activity's account, computed from the ledger's postings and the cooperative's chart and
 * contribution scheme. Reading follows the ledger's rules: {@code core.ledger.read} for any activity, an
 * entrepreneur only their own ({@code core.ledger.read-own}); an activity the user may not see, or of another
 * cooperative, is refused naming "activity".
 */
public interface ActivityAccounts {

    /** The account from {@code from} to {@code to} inclusive. */
    ActivityAccount account(UserContext user, long activityId, LocalDate from, LocalDate to);

    /** The activity statement: one account per month, {@code from} to {@code to} inclusive (at most 60). */
    List<ActivityAccount> monthly(UserContext user, long activityId, YearMonth from, YearMonth to);

    /**
     * The treasury position at the end of each day on which cash moved, from {@code from} to {@code to}
     * inclusive, starting with the position the evening before {@code from}.
     */
    List<TreasuryPoint> treasury(UserContext user, long activityId, LocalDate from, LocalDate to);

    /** The cash of an activity at the end of {@code date}. */
    record TreasuryPoint(LocalDate date, Money position) {
    }
}
