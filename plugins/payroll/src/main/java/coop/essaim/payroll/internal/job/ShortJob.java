package coop.essaim.payroll.internal.job;

import coop.essaim.api.money.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A short job contract (a concert day, a week of shooting): one member hired by one activity from
 * {@code firstDay} to {@code lastDay}, both in one calendar month, for {@code hours} and a {@code gross}, with
 * the employer cost it had when declared. Never edited: cancelling is its only change.
 */
public record ShortJob(long id, long activityId, long personId, LocalDate firstDay, LocalDate lastDay,
                       BigDecimal hours, Money gross, Money employerCost, String description, Instant declaredAt,
                       String declaredBy, Instant cancelledAt, String cancelledBy, Status status)
        implements Serializable {

    /** Declared (not paid yet), paid by a validated run, or cancelled. */
    public enum Status { DECLARED, PAID, CANCELLED }

    public YearMonth month() {
        return YearMonth.from(firstDay);
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }
}
