package coop.essaim.kernel.ledger;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.ledger.ActivityFigures;
import coop.essaim.api.ledger.Contribution;
import coop.essaim.api.ledger.ContributionBase;
import coop.essaim.api.ledger.ContributionRate;
import coop.essaim.api.ledger.ContributionScheme;
import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The core's contribution scheme, the network charter's rule: a rate equal for all members of the cooperative
 * on turnover excl. VAT or on gross margin, plus an optional fixed monthly fee, with the parameters in force
 * on the given date ({@link ContributionRates}; 10 % of turnover until the cooperative sets its own).
 *
 * <p>Two lines, each rounded on its own: the rate line is rounded to the cent {@link RoundingMode#HALF_UP}
 * (half a cent goes away from zero), the commercial rounding a member reproduces with a calculator and the one
 * French invoices use; the bias HALF_EVEN avoids matters over millions of lines, not over one contribution per
 * activity and period. The fee line is a whole amount times the number of calendar months the period touches
 * (January to March: three fees), so it needs no rounding. The base is signed: a period whose credit notes
 * exceed its invoices gets a negative contribution, giving back what the cancelled turnover had carried.
 */
public final class RateContributionScheme implements ContributionScheme {

    public static final String ID = "core.rate";
    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private final ContributionRates rates;

    public RateContributionScheme(ContributionRates rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Contribution contribution(Cooperative cooperative, ActivityFigures figures, LocalDate date, Locale locale) {
        Objects.requireNonNull(cooperative, "cooperative");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(date, "date");
        String currency = figures.turnoverExclVat().currency().getCurrencyCode();
        if (!currency.equals(cooperative.currency())) {
            throw new IllegalArgumentException("activity " + figures.activityId() + ": figures in " + currency
                    + " but cooperative " + cooperative.id() + " keeps its books in " + cooperative.currency());
        }
        ContributionRate rate = rates.inForce(cooperative.id(), date);
        Money base = rate.base().of(figures);
        Money onBase = base.times(rate.rate(), ROUNDING);
        StringBuilder explanation = new StringBuilder(LedgerMessages.text(locale, "contribution.explain.rate",
                percent(rate.rate(), locale), LedgerMessages.text(locale, "contribution.base." + rate.base()),
                base.format(effective(locale)), onBase.format(effective(locale))));
        Money total = onBase;
        Optional<Money> fee = rate.monthlyFee();
        if (fee.isPresent()) {
            long months = YearMonth.from(figures.from()).until(YearMonth.from(figures.to()), ChronoUnit.MONTHS) + 1;
            Money fees = fee.get().times(BigDecimal.valueOf(months), RoundingMode.UNNECESSARY);
            total = total.plus(fees);
            explanation.append(LedgerMessages.text(locale, "contribution.explain.fee", fee.get().format(effective(locale)),
                    String.valueOf(months), fees.format(effective(locale)), total.format(effective(locale))));
        }
        return new Contribution(total, ID, explanation.toString());
    }

    private static String percent(BigDecimal rate, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(effective(locale));
        format.setMaximumFractionDigits(4);
        return format.format(rate);
    }

    private static Locale effective(Locale locale) {
        return locale == null ? coop.essaim.kernel.cooperative.KernelMessages.DEFAULT_LOCALE : locale;
    }
}
