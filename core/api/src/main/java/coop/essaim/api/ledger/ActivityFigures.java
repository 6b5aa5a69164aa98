package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an activity did in a period, as a {@link ContributionScheme} reads it: {@code turnoverExclVat} (the
 * turnover invoiced, excluding VAT, credit notes deducted) and {@code purchasesForResale} (goods bought to be
 * sold on, the only expenses the gross-margin base deducts), from {@code from} to {@code to} inclusive, and
 * {@code salaryCosts} (what the activity's accounts of role {@link AccountRole#SALARY_COST} show for the period:
 * its salaries, gross and employer contributions, for schemes that take a margin on pay, as SMart does). The
 * amounts are in one currency; any may be negative (a period whose credit notes exceed its invoices, a
 * salary correction). The constructor without {@code salaryCosts} (the record's first form) means none.
 */
public record ActivityFigures(long activityId, LocalDate from, LocalDate to, Money turnoverExclVat,
                              Money purchasesForResale, Money salaryCosts) {

    public ActivityFigures(long activityId, LocalDate from, LocalDate to, Money turnoverExclVat,
                           Money purchasesForResale) {
        this(activityId, from, to, turnoverExclVat, purchasesForResale,
                turnoverExclVat == null ? null : Money.zero(turnoverExclVat.currency()));
    }

    public ActivityFigures {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(turnoverExclVat, "turnoverExclVat");
        Objects.requireNonNull(purchasesForResale, "purchasesForResale");
        Objects.requireNonNull(salaryCosts, "salaryCosts");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period from " + from + " to " + to + ": the end is before the start");
        }
        if (!turnoverExclVat.currency().equals(purchasesForResale.currency())) {
            throw new IllegalArgumentException("cannot mix currencies: turnover in "
                    + turnoverExclVat.currency().getCurrencyCode() + ", purchases in "
                    + purchasesForResale.currency().getCurrencyCode());
        }
        if (!turnoverExclVat.currency().equals(salaryCosts.currency())) {
            throw new IllegalArgumentException("cannot mix currencies: turnover in "
                    + turnoverExclVat.currency().getCurrencyCode() + ", salary costs in "
                    + salaryCosts.currency().getCurrencyCode());
        }
    }

    /** Figures with no purchases for resale: a service activity (a tailor, a consultant). */
    public static ActivityFigures ofTurnover(long activityId, LocalDate from, LocalDate to, Money turnoverExclVat) {
        return new ActivityFigures(activityId, from, to, turnoverExclVat, Money.zero(turnoverExclVat.currency()));
    }

    /** Turnover excl. VAT minus purchases for resale (the network charter's other contribution base). */
    public Money grossMargin() {
        return turnoverExclVat.minus(purchasesForResale);
    }
}
