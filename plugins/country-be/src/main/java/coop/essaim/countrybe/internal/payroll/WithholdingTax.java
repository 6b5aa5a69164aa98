package coop.essaim.countrybe.internal.payroll;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.Household;

import java.math.BigDecimal;
import java.util.List;

/**
 * The précompte professionnel of a monthly pay by the key formula ("formule-clé") of annex III of the AR/CIR 92,
 * 2025 version (parameters and source in the edition file):
 * <ol>
 *   <li>annual taxable = monthly taxable (gross − personal contribution after the bonus) × 12;</li>
 *   <li>minus flat professional expenses, 30 % capped;</li>
 *   <li>when the partner has no professional income, the marital quotient: 30 % of the net, capped, is taxed
 *       apart on the same scale;</li>
 *   <li>the scale (municipal surcharge included), bracket by bracket, each bracket's tax rounded;</li>
 *   <li>minus the tax-free allowance reduction, doubled with the marital quotient; the tax is never negative;</li>
 *   <li>minus the reductions for dependent children (and a single parent's), at most the tax;</li>
 *   <li>÷ 12, rounded; minus the fiscal work bonus (33.14 % of part A, 52.54 % of part B); never negative.</li>
 * </ol>
 * Every step is kept so that tests and a payslip's reader can follow it.
 */
record WithholdingTax(BigDecimal annualTaxable, BigDecimal expenses, BigDecimal maritalQuotient, BigDecimal baseTax,
                      BigDecimal familyReductions, BigDecimal annualTax, Money beforeFiscalBonus, Money fiscalBonus,
                      Money withholding) {

    static WithholdingTax of(PayrollParameters p, EmployeeSituation situation, Money monthlyTaxable, WorkBonus bonus) {
        BigDecimal annual = monthlyTaxable.toDecimal().multiply(BigDecimal.valueOf(12));
        BigDecimal expenses = Cents.round(percent(annual, p.decimal("pp.expenses.percent")))
                .min(p.decimal("pp.expenses.max")).max(BigDecimal.ZERO);
        BigDecimal net = annual.subtract(expenses).max(BigDecimal.ZERO);
        List<String[]> scale = p.tuples("pp.scale", 2);
        BigDecimal allowance = p.decimal("pp.allowanceReduction");
        BigDecimal quotient = BigDecimal.ZERO;
        BigDecimal tax;
        if (situation.household() == Household.COUPLE_PARTNER_WITHOUT_INCOME) {
            quotient = Cents.round(percent(net, p.decimal("pp.maritalQuotient.percent")))
                    .min(p.decimal("pp.maritalQuotient.max"));
            tax = onScale(p, scale, net.subtract(quotient)).add(onScale(p, scale, quotient))
                    .subtract(allowance.multiply(BigDecimal.valueOf(2)));
        } else {
            tax = onScale(p, scale, net).subtract(allowance);
        }
        BigDecimal baseTax = tax.max(BigDecimal.ZERO);
        BigDecimal reductions = familyReductions(p, situation).min(baseTax);
        BigDecimal annualTax = baseTax.subtract(reductions);
        Money monthly = Money.parse(annualTax.divide(BigDecimal.valueOf(12), 2, Cents.ROUNDING).toPlainString(),
                monthlyTaxable.currency());
        Money fiscalBonus = Cents.percentOf(bonus.partA(), p.decimal("fiscalBonus.a"))
                .plus(Cents.percentOf(bonus.partB(), p.decimal("fiscalBonus.b")));
        Money withholding = monthly.minus(fiscalBonus);
        if (withholding.isNegative()) {
            withholding = Money.zero(monthly.currency());
        }
        return new WithholdingTax(annual, expenses, quotient, baseTax, reductions, annualTax, monthly, fiscalBonus,
                withholding);
    }

    /** The tax on {@code income} by the brackets {@code <upper bound>:<rate>}, the last one open ({@code *}). */
    static BigDecimal onScale(PayrollParameters p, List<String[]> scale, BigDecimal income) {
        BigDecimal tax = BigDecimal.ZERO;
        BigDecimal lower = BigDecimal.ZERO;
        for (String[] bracket : scale) {
            BigDecimal rate = p.number("pp.scale", bracket[1]);
            boolean open = bracket[0].equals("*");
            BigDecimal upper = open ? null : p.number("pp.scale", bracket[0]);
            if (income.compareTo(lower) <= 0) {
                break;
            }
            BigDecimal top = open ? income : income.min(upper);
            tax = tax.add(Cents.round(percent(top.subtract(lower), rate)));
            if (open) {
                break;
            }
            lower = upper;
        }
        return tax;
    }

    /** The annual reductions for dependent children (annex III), plus the single parent's when single. */
    static BigDecimal familyReductions(PayrollParameters p, EmployeeSituation situation) {
        int children = situation.dependants();
        if (children == 0) {
            return BigDecimal.ZERO;
        }
        List<BigDecimal> table = p.decimals("pp.children");
        BigDecimal reduction = children <= table.size() ? table.get(children - 1)
                : table.get(table.size() - 1).add(p.decimal("pp.children.beyond")
                        .multiply(BigDecimal.valueOf(children - table.size())));
        if (!situation.household().couple()) {
            reduction = reduction.add(p.decimal("pp.singleParent"));
        }
        return reduction;
    }

    private static BigDecimal percent(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).movePointLeft(2);
    }
}
