package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;
import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.List;

/**
 * Service: an activity's treasury from today to a chosen day, from its cash in the ledger today and what the
 * started modules expect ({@link ExpectedCashSource}). Reading follows {@link ActivityAccounts#treasury}. An
 * overdue item is expected today: the cash has not come, and the forecast must not hide it in the past.
 */
public interface TreasuryForecast {

    /** At most a year ahead; {@code until} before today is refused naming "until". */
    Forecast forecast(UserContext user, long activityId, LocalDate until);

    /**
     * {@code position}: the cash at the end of {@code today}, before anything expected; {@code points}: the
     * position at the end of {@code today} and of each later day something is expected, to {@code until};
     * {@code unavailable}: the ids of the modules whose source failed (logged), so the page can say the forecast
     * is incomplete.
     */
    record Forecast(long activityId, LocalDate today, LocalDate until, Money position, List<Expected> expected,
                    List<ActivityAccounts.TreasuryPoint> points, List<String> unavailable) {
    }

    /** {@code on}: the day it is counted, today for an overdue item; {@code module}: who expects it. */
    record Expected(String module, ExpectedCash cash, LocalDate on, boolean overdue) {
    }
}
