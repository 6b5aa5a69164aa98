package coop.essaim.countrybe.internal.payroll;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The bonus à l'emploi social of an employé: a reduction of the personal social security contribution in two
 * parts, A and B, each a full amount up to a reference gross, decreasing linearly above it down to nothing (loi du
 * 20 décembre 1999 and AR du 17 janvier 2000; amounts from 1 February 2025 in the parameter file, with their
 * source).
 *
 * <p>Part time: the law reads the thresholds on the full-time reference wage and pays the bonus in proportion to
 * the occupation. The occupation here is the month's paid hours over a full-time month (38 h a week), at most
 * one; the reference wage is the gross divided by it. The bonus never exceeds the personal contribution: part B
 * gives way first, then part A.
 *
 * @param partA part A, zero or more
 * @param partB part B, zero or more
 */
record WorkBonus(Money partA, Money partB) {

    static WorkBonus of(PayrollParameters p, Money gross, BigDecimal occupation, Money personalContribution) {
        Money reference = occupation.compareTo(BigDecimal.ONE) >= 0 ? gross
                : Money.parse(gross.toDecimal().divide(occupation, 2, Cents.ROUNDING).toPlainString(), gross.currency());
        Money a = prorated(part(p, "bonus.a", reference), occupation);
        Money b = prorated(part(p, "bonus.b", reference), occupation);
        if (a.plus(b).compareTo(personalContribution) > 0) {
            b = max(Money.zero(gross.currency()), personalContribution.minus(a));
            a = min(a, personalContribution);
        }
        return new WorkBonus(a, b);
    }

    Money total() {
        return partA.plus(partB);
    }

    /**
     * One part for a full-time reference gross: the amount up to 'fullUpTo', then amount − slope × (gross −
     * fullUpTo) rounded to the cent, never below zero, nothing past 'until'.
     */
    static Money part(PayrollParameters p, String key, Money reference) {
        Money amount = p.euros(key + ".amount");
        Money zero = Money.zero(reference.currency());
        if (reference.compareTo(p.euros(key + ".fullUpTo")) <= 0) {
            return amount;
        }
        if (reference.compareTo(p.euros(key + ".until")) > 0) {
            return zero;
        }
        // the amount minus the decrease, rounded once (not the decrease rounded, then subtracted)
        BigDecimal part = amount.toDecimal().subtract(p.decimal(key + ".slope")
                .multiply(reference.toDecimal().subtract(p.euros(key + ".fullUpTo").toDecimal())));
        return max(zero, Money.parse(Cents.round(part).toPlainString(), reference.currency()));
    }

    private static Money prorated(Money fullTime, BigDecimal occupation) {
        return occupation.compareTo(BigDecimal.ONE) >= 0 ? fullTime : Cents.times(fullTime, occupation);
    }

    private static Money max(Money x, Money y) {
        return x.compareTo(y) >= 0 ? x : y;
    }

    private static Money min(Money x, Money y) {
        return x.compareTo(y) <= 0 ? x : y;
    }

    /** The month's occupation: paid hours over a full-time month, to six decimals, at most one. */
    static BigDecimal occupation(BigDecimal hours, BigDecimal fullTimeHours) {
        BigDecimal fraction = hours.divide(fullTimeHours, 6, RoundingMode.HALF_UP);
        return fraction.min(BigDecimal.ONE);
    }
}
