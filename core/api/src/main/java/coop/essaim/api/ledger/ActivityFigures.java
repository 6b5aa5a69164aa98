package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an activity did in a period, as a {@link ContributionScheme} reads it: {@code turnoverExclVat} (the
 * turnover invoiced, excluding VAT, credit notes deducted) and {@code purchasesForResale} (goods bought to be
 * sold on, the only expenses the gross-margin base deducts), from {@code from} to {@code to} inclusive. Both
 * amounts are in one currency; either may be negative (a period whose credit notes exceed its invoices).
 */
public record ActivityFigures(long activityId, LocalDate from, LocalDate to, Money turnoverExclVat,
                              Money purchasesForResale) {

    public ActivityFigures {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(turnoverExclVat, "turnoverExclVat");
        Objects.requireNonNull(purchasesForResale, "purchasesForResale");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period from " + from + " to " + to + ": the end is before the start");
        }
        if (!turnoverExclVat.currency().equals(purchasesForResale.currency())) {
            throw new IllegalArgumentException("cannot mix currencies: turnover in "
                    + turnoverExclVat.currency().getCurrencyCode() + ", purchases in "
                    + purchasesForResale.currency().getCurrencyCode());
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
