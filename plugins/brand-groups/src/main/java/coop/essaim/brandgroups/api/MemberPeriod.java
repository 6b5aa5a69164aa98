package coop.essaim.brandgroups.api;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One member of a group as a month's split reads them: their membership dates ({@code until} null while they
 * stay) and the figure their rule uses: {@code percent} (FIXED_PERCENT), {@code hours} (PRO_RATA_HOURS, to the
 * hundredth), {@code invoiced} (PRO_RATA_INVOICED) or {@code fixed} (FIXED_THEN_EQUAL); the others may be null.
 */
public record MemberPeriod(long personId, LocalDate from, LocalDate until, BigDecimal percent, BigDecimal hours,
                           Money invoiced, Money fixed) {

    public MemberPeriod {
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("member " + personId + " leaves on " + until + " before " + from);
        }
    }

    public static MemberPeriod of(long personId, LocalDate from, LocalDate until) {
        return new MemberPeriod(personId, from, until, null, null, null, null);
    }
}
