package coop.essaim.countryma.internal.payroll;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The IR withheld on a month's salary (Code général des impôts, art. 56 ff., as amended by the loi de finances
 * n° 60-24 for 2025), from the month's parameters:
 * <ol>
 *   <li>professional expenses (art. 59-I): 35 % of the taxable gross when 12 times it is at most 78 000 MAD,
 *       else 25 % capped at a twelfth of 35 000 MAD (2 916.67);</li>
 *   <li>net taxable = taxable gross − professional expenses − the employee's CNSS and AMO (art. 59-II: the
 *       retirement and health contributions withheld are deductible);</li>
 *   <li>the monthly scale (art. 73-I divided by 12, as the DGI publishes it): net taxable × rate − deduction of
 *       its band;</li>
 *   <li>minus the family reduction (art. 74-I): a twelfth of 500 MAD per dependant, at most 6; never below zero.</li>
 * </ol>
 * The taxable gross is the gross: this plugin knows no exempt allowance or benefit in kind (see the README).
 */
final class IncomeTax {

    /** What the tax was computed from, each amount to the centime. */
    record Computation(Money professionalExpenses, Money netTaxable, Money scaleTax, Money familyReduction,
                       Money tax) {
    }

    private record Band(Money upToInclusive, BigDecimal ratePercent, Money deduction) {
    }

    private static final int MONTHS = 12;

    private final PayrollParameters p;
    private final List<Band> scale;

    private IncomeTax(PayrollParameters parameters) {
        this.p = parameters;
        this.scale = parse(parameters);
    }

    static IncomeTax of(PayrollParameters parameters) {
        return new IncomeTax(parameters);
    }

    Computation compute(Money taxableGross, Money deductibleContributions, int dependants) {
        Money expenses = professionalExpenses(taxableGross);
        Money zero = Money.zero(taxableGross.currency());
        Money netTaxable = Dirhams.max(zero, taxableGross.minus(expenses).minus(deductibleContributions));
        Money scaleTax = scaleTax(netTaxable);
        Money reduction = familyReduction(dependants);
        Money tax = Dirhams.max(zero, scaleTax.minus(reduction));
        return new Computation(expenses, netTaxable, scaleTax, reduction, tax);
    }

    /** Art. 59-I CGI, in its monthly form: the threshold and the cap are annual amounts. */
    Money professionalExpenses(Money taxableGross) {
        Money annual = taxableGross.times(BigDecimal.valueOf(MONTHS), RoundingMode.UNNECESSARY);
        if (annual.compareTo(p.dirhams("professionalExpenses.low.upToAnnual")) <= 0) {
            return Dirhams.percentOf(taxableGross, p.decimal("professionalExpenses.low.ratePercent"));
        }
        Money cap = Dirhams.dividedBy(p.dirhams("professionalExpenses.high.capAnnual"), MONTHS);
        return Dirhams.min(cap, Dirhams.percentOf(taxableGross, p.decimal("professionalExpenses.high.ratePercent")));
    }

    /** The monthly scale: the band whose upper bound the net taxable does not exceed. */
    Money scaleTax(Money netTaxable) {
        for (Band band : scale) {
            if (band.upToInclusive() == null || netTaxable.compareTo(band.upToInclusive()) <= 0) {
                Money tax = Dirhams.percentOf(netTaxable, band.ratePercent()).minus(band.deduction());
                return Dirhams.max(Money.zero(netTaxable.currency()), tax);
            }
        }
        throw new IllegalStateException(p.name() + ": the monthly IR scale has no open last band");
    }

    /** Art. 74-I CGI: a twelfth of the annual reduction per dependant, at most {@code ir.dependant.max}. */
    Money familyReduction(int dependants) {
        int counted = Math.min(dependants, p.whole("ir.dependant.max"));
        Money annual = p.dirhams("ir.dependant.annualReduction").times(BigDecimal.valueOf(counted),
                RoundingMode.UNNECESSARY);
        return Dirhams.dividedBy(annual, MONTHS);
    }

    private static List<Band> parse(PayrollParameters p) {
        List<Band> bands = new ArrayList<>();
        String[] parts = p.text("ir.monthly.scale").split("\\|");
        for (int i = 0; i < parts.length; i++) {
            String[] fields = parts[i].strip().split(":");
            if (fields.length != 3) {
                throw new IllegalStateException(p.name() + ": ir.monthly.scale band '" + parts[i]
                        + "' is not upToInclusive:ratePercent:deduction");
            }
            boolean last = i == parts.length - 1;
            if (fields[0].equals("*") != last) {
                throw new IllegalStateException(p.name() + ": ir.monthly.scale: only the last band is open (*)");
            }
            try {
                Money upTo = last ? null : Money.parse(fields[0], MoroccanPayrollRules.MAD);
                bands.add(new Band(upTo, new BigDecimal(fields[1]), Money.parse(fields[2], MoroccanPayrollRules.MAD)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(p.name() + ": ir.monthly.scale band '" + parts[i] + "': "
                        + e.getMessage(), e);
            }
        }
        return List.copyOf(bands);
    }
}
