package coop.essaim.countrybe.internal.payroll;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.Household;

import java.math.BigDecimal;

/**
 * The monthly withholding of the cotisation spéciale de sécurité sociale (CSSS) on the gross, by household type:
 * single, couple whose partner has no professional income, couple whose partner has one (scales and source in
 * the edition file). A scale is a list of bands {@code <from>:<base>:<rate>}: above {@code from}, the amount is
 * {@code base} + {@code rate} % of the gross above {@code from} (rounded), then bounded by the scale's
 * {@code min} and {@code max}; at or below the first band's {@code from} nothing is due.
 */
final class SpecialContribution {

    private SpecialContribution() {
    }

    static Money of(PayrollParameters p, Household household, Money gross) {
        String key = "csss." + switch (household) {
            case SINGLE -> "single";
            case COUPLE_PARTNER_WITHOUT_INCOME -> "coupleWithoutIncome";
            case COUPLE_PARTNER_WITH_INCOME -> "coupleWithIncome";
        };
        BigDecimal wage = gross.toDecimal();
        String[] band = null;
        for (String[] candidate : p.tuples(key, 3)) {
            if (wage.compareTo(p.number(key, candidate[0])) > 0) {
                band = candidate;
            }
        }
        if (band == null) {
            return Money.zero(gross.currency());
        }
        BigDecimal from = p.number(key, band[0]);
        BigDecimal amount = p.number(key, band[1])
                .add(Cents.round(wage.subtract(from).multiply(p.number(key, band[2])).movePointLeft(2)));
        amount = amount.max(p.decimalOr(key + ".min", BigDecimal.ZERO)).min(p.decimal(key + ".max"));
        return Money.parse(amount.setScale(2, Cents.ROUNDING).toPlainString(), gross.currency());
    }
}
