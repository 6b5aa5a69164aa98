package coop.essaim.brandgroups.internal.split;

import coop.essaim.api.money.Money;
import coop.essaim.brandgroups.api.MemberPeriod;
import coop.essaim.brandgroups.api.MemberShare;
import coop.essaim.brandgroups.api.SplitKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a group's available amount for a month into each member's share. A pure computation in minor units; the
 * shares always add up to the available amount to the cent, by the core's largest-remainder allocation
 * ({@link Money#allocate(long...)}: the floors first, then one cent each to the largest remainders, the earlier
 * member on a tie).
 * <p>
 * Proration of a member who joins or leaves during the month: by the calendar days they are a member in it, the
 * leaving day included. For EQUAL and FIXED_PERCENT the days present multiply the member's weight, so the days a
 * member was absent go to those present; for FIXED_THEN_EQUAL the fixed amount is prorated (rounded down, so the
 * group never promises more than the month funds) and the rest is shared weighted by days. Hours and invoiced work
 * are the month's own figures: they already measure presence and are not prorated again.
 * <p>
 * Nothing available (zero or a deficit): every share is zero, the deficit stays on the group's account.
 */
public final class RevenueSplit {

    private RevenueSplit() {
    }

    public static List<MemberShare> split(SplitKind kind, YearMonth month, Money available,
                                          List<MemberPeriod> members) {
        int daysInMonth = month.lengthOfMonth();
        List<MemberPeriod> present = new ArrayList<>();
        List<Integer> days = new ArrayList<>();
        for (MemberPeriod m : members) {
            int d = daysPresent(m, month);
            if (d > 0) {
                present.add(m);
                days.add(d);
            }
        }
        if (present.isEmpty()) {
            throw new IllegalArgumentException("no member of the group is present in " + month);
        }
        long[] amounts = available.isPositive() ? amounts(kind, month, available, present, days)
                : new long[present.size()];
        List<MemberShare> out = new ArrayList<>();
        for (int i = 0; i < present.size(); i++) {
            MemberPeriod m = present.get(i);
            boolean settlement = m.until() != null && YearMonth.from(m.until()).equals(month);
            out.add(new MemberShare(m.personId(), Money.of(amounts[i], available.currency()), days.get(i),
                    daysInMonth, settlement));
        }
        return List.copyOf(out);
    }

    /** Calendar days of {@code month} the member belongs to the group, both ends included. */
    public static int daysPresent(MemberPeriod m, YearMonth month) {
        LocalDate first = max(month.atDay(1), m.from());
        LocalDate last = m.until() == null ? month.atEndOfMonth() : min(month.atEndOfMonth(), m.until());
        return last.isBefore(first) ? 0 : (int) ChronoUnit.DAYS.between(first, last) + 1;
    }

    private static long[] amounts(SplitKind kind, YearMonth month, Money available, List<MemberPeriod> present,
                                  List<Integer> days) {
        int n = present.size();
        long[] weights = new long[n];
        switch (kind) {
            case EQUAL -> {
                for (int i = 0; i < n; i++) {
                    weights[i] = days.get(i);
                }
            }
            case FIXED_PERCENT -> {
                for (int i = 0; i < n; i++) {
                    weights[i] = hundredths(present.get(i).percent(), "percent", present.get(i)) * days.get(i);
                }
            }
            case PRO_RATA_HOURS -> {
                for (int i = 0; i < n; i++) {
                    weights[i] = hundredths(present.get(i).hours(), "hours", present.get(i));
                }
            }
            case PRO_RATA_INVOICED -> {
                for (int i = 0; i < n; i++) {
                    Money invoiced = present.get(i).invoiced();
                    if (invoiced == null || invoiced.isNegative()) {
                        throw new IllegalArgumentException("member " + present.get(i).personId()
                                + ": invoiced work missing or negative");
                    }
                    weights[i] = invoiced.minorUnits();
                }
            }
            case FIXED_THEN_EQUAL -> {
                return fixedThenEqual(month, available, present, days);
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return minor(allocateOrEqual(available, weights, days));
    }

    private static long[] fixedThenEqual(YearMonth month, Money available, List<MemberPeriod> present,
                                         List<Integer> days) {
        int n = present.size();
        long[] fixed = new long[n];
        long left = available.minorUnits();
        for (int i = 0; i < n; i++) {
            Money f = present.get(i).fixed();
            long full = f == null ? 0 : f.minorUnits();
            if (full < 0) {
                throw new IllegalArgumentException("member " + present.get(i).personId() + ": negative fixed amount");
            }
            long prorated = BigDecimal.valueOf(full).multiply(BigDecimal.valueOf(days.get(i)))
                    .divide(BigDecimal.valueOf(month.lengthOfMonth()), 0, RoundingMode.DOWN).longValueExact();
            // when the month does not fund every fixed amount, the earlier members are served first
            fixed[i] = Math.min(prorated, left);
            left -= fixed[i];
        }
        long[] weights = new long[n];
        for (int i = 0; i < n; i++) {
            weights[i] = days.get(i);
        }
        long[] rest = minor(Money.of(left, available.currency()).allocate(weights));
        for (int i = 0; i < n; i++) {
            fixed[i] += rest[i];
        }
        return fixed;
    }

    /** Every weight zero (no hours, nothing invoiced): equal shares by days present, rather than nothing. */
    private static List<Money> allocateOrEqual(Money available, long[] weights, List<Integer> days) {
        for (long w : weights) {
            if (w > 0) {
                return available.allocate(weights);
            }
        }
        return available.allocate(days.stream().mapToLong(Integer::longValue).toArray());
    }

    private static long hundredths(BigDecimal value, String field, MemberPeriod m) {
        if (value == null || value.signum() < 0 || value.scale() > 2) {
            throw new IllegalArgumentException("member " + m.personId() + ": " + field
                    + " missing, negative or finer than a hundredth");
        }
        return value.movePointRight(2).longValueExact();
    }

    private static long[] minor(List<Money> parts) {
        return parts.stream().mapToLong(Money::minorUnits).toArray();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
