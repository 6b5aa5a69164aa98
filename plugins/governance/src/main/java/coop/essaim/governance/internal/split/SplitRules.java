package coop.essaim.governance.internal.split;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.governance.api.SplitScheme;
import coop.essaim.governance.internal.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The legal bounds of a split and the arithmetic of its amounts, with no state. The SCOP law: participation at
 * least {@code participationMin}, dividends at most {@code dividendsMax} and never above the participation nor the
 * reserves, reserves at least {@code reservesMin} and at least the legal reserve, the parts adding up to 100.
 */
public record SplitRules(BigDecimal participationMin, BigDecimal dividendsMax, BigDecimal reservesMin,
                         BigDecimal legalReserve) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The errors of {@code s}, each naming the part and the bound it breaks; empty when the scheme is lawful. */
    List<FieldError> check(SplitScheme s, Messages m) {
        List<FieldError> errors = new ArrayList<>();
        if (s.name() == null || s.name().isBlank() || s.name().strip().length() > 120) {
            errors.add(new FieldError("name", m.text("error.split.name", 120)));
        }
        if (s.validFrom() == null) {
            errors.add(new FieldError("validFrom", m.text("error.required")));
        }
        String[] fields = {"reserves", "participation", "dividends", "other"};
        BigDecimal[] values = {s.reserves(), s.participation(), s.dividends(), s.other()};
        boolean numbers = true;
        for (int i = 0; i < fields.length; i++) {
            BigDecimal v = values[i];
            if (v == null || v.signum() < 0 || v.compareTo(HUNDRED) > 0 || v.stripTrailingZeros().scale() > 2) {
                errors.add(new FieldError(fields[i], m.text("error.split.percent")));
                numbers = false;
            }
        }
        if (!numbers) {
            return errors;
        }
        if (s.participation().compareTo(participationMin) < 0) {
            errors.add(new FieldError("participation", m.text("error.split.participationMin", plain(participationMin),
                    plain(s.participation()))));
        }
        if (s.dividends().compareTo(dividendsMax) > 0) {
            errors.add(new FieldError("dividends", m.text("error.split.dividendsMax", plain(dividendsMax),
                    plain(s.dividends()))));
        } else if (s.dividends().compareTo(s.participation()) > 0 || s.dividends().compareTo(s.reserves()) > 0) {
            errors.add(new FieldError("dividends", m.text("error.split.dividendsAbove", plain(s.dividends()))));
        }
        BigDecimal reservesFloor = reservesMin.max(legalReserve);
        if (s.reserves().compareTo(reservesFloor) < 0) {
            errors.add(new FieldError("reserves", m.text("error.split.reservesMin", plain(reservesMin),
                    plain(legalReserve), plain(s.reserves()))));
        }
        BigDecimal sum = s.reserves().add(s.participation()).add(s.dividends()).add(s.other());
        if (sum.compareTo(HUNDRED) != 0) {
            errors.add(new FieldError("other", m.text("error.split.sum", plain(sum))));
        }
        return errors;
    }

    /** The amounts of a split, adding up to the result. */
    record Amounts(Money reserves, Money legalReserve, Money participation, Money dividends, Money other) {
    }

    /**
     * The parts of {@code result} to the cent: the participation is rounded up (it is a least share), the dividends
     * and the other part down (the dividends are a most share), the legal reserve down, and the reserves take what is
     * left, so the parts add up to the result exactly and no bound is broken by the rounding.
     */
    Amounts amounts(Money result, SplitScheme s) {
        Money participation = result.times(rate(s.participation()), RoundingMode.CEILING);
        Money dividends = result.times(rate(s.dividends()), RoundingMode.FLOOR);
        Money other = result.times(rate(s.other()), RoundingMode.FLOOR);
        Money reserves = result.minus(participation).minus(dividends).minus(other);
        Money legal = result.times(rate(legalReserve), RoundingMode.FLOOR);
        if (legal.compareTo(reserves) > 0) {
            legal = reserves;
        }
        return new Amounts(reserves, legal, participation, dividends, other);
    }

    private static BigDecimal rate(BigDecimal percent) {
        return percent.divide(HUNDRED);
    }

    /**
     * {@code amount} in proportion to {@code weights} by the largest remainder (the core's {@link Money#allocate}):
     * each gets the floor of its exact share and the cents left go one each to the largest remainders, the earlier
     * on a tie, so the amounts add up to the cent. Bases with decimals are weighed to the hundredth.
     */
    static List<Money> allocate(Money amount, List<BigDecimal> bases) {
        long[] weights = new long[bases.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = bases.get(i).multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
        return amount.allocate(weights);
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    static BigDecimal scaled(BigDecimal percent) {
        return percent.multiply(HUNDRED).setScale(0, RoundingMode.UNNECESSARY);
    }

    static BigDecimal unscaled(long basisPoints) {
        return BigDecimal.valueOf(basisPoints).divide(HUNDRED).setScale(2, RoundingMode.UNNECESSARY);
    }
}
