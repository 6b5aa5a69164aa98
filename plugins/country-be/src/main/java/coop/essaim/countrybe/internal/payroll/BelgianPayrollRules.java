package coop.essaim.countrybe.internal.payroll;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.PayrollAccounts;
import coop.essaim.api.payroll.ParameterEditions;
import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.api.payroll.PayslipLine;
import coop.essaim.countrybe.api.BelgianAccounts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Belgian payroll of an employé (white-collar employee) of a private for-profit employer, resident of Belgium,
 * from the dated parameter editions of {@link PayrollEditions} (first: 1 February 2025):
 * <ul>
 *   <li>ONSS: 13.07 % personal contribution, 25 % employer contributions all-in (one rate);</li>
 *   <li>the bonus à l'emploi social, parts A and B ({@link WorkBonus}), prorated to the occupation;</li>
 *   <li>the précompte professionnel by the key formula of annex III AR/CIR 92 ({@link WithholdingTax}), with the
 *       marital quotient, the child and single-parent reductions, minus the fiscal work bonus;</li>
 *   <li>the cotisation spéciale de sécurité sociale by household type ({@link SpecialContribution}).</li>
 * </ul>
 * Simplifications (also in the README): no employer surcharge for 10 or more workers, no structural reduction
 * or target-group reductions, no holiday pay (pécule de vacances), 13th month or other exceptional pay (their
 * own précompte scale), no benefits in kind, no ouvriers (108 % base), students, flexi-jobs, artists' or other
 * special regimes, no non-residents, no partner with only a small income or a pension (taxed here as a partner
 * with income), no other dependants than children (no dependent parents, no disabled child counted twice), no
 * annual regularisation of the special contribution.
 *
 * <p>The payslip: {@code netTaxable} is the monthly taxable pay (gross − personal contribution after the bonus),
 * the base of the précompte; {@code withholding} is the précompte; the special contribution is a line, so the net
 * paid = gross − ONSS + bonus − CSSS − précompte. Stateless once built: one instance serves every thread.
 */
public final class BelgianPayrollRules implements PayrollRules {

    static final String COUNTRY = "BE";
    static final Currency EUR = Currency.getInstance("EUR");
    private static final String BUNDLE = "coop.essaim.countrybe.payroll.lines";
    private static final PayrollAccounts ACCOUNTS = new PayrollAccounts(BelgianAccounts.GROSS_SALARIES,
            BelgianAccounts.EMPLOYER_CONTRIBUTIONS, BelgianAccounts.STAFF_PAY_DUE, BelgianAccounts.WITHHOLDING_TAX);
    private static final BigDecimal WEEKS_PER_MONTH = new BigDecimal(52).divide(new BigDecimal(12), 10,
            RoundingMode.HALF_UP);

    private final ParameterEditions<PayrollParameters> editions;

    public BelgianPayrollRules() {
        this(PayrollEditions.load());
    }

    BelgianPayrollRules(ParameterEditions<PayrollParameters> editions) {
        this.editions = editions;
    }

    @Override
    public String country() {
        return COUNTRY;
    }

    @Override
    public YearMonth firstMonth() {
        return editions.firstMonth();
    }

    @Override
    public Payslip compute(YearMonth month, EmployeeSituation situation, Money gross) {
        return breakdown(month, situation, gross).payslip();
    }

    /** The payslip with the steps of its précompte, for tests and for anyone who wants to show them. */
    Computation breakdown(YearMonth month, EmployeeSituation situation, Money gross) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(gross, "gross");
        if (!gross.currency().equals(EUR)) {
            throw new IllegalArgumentException("gross: Belgian payroll is paid in EUR, not " + gross.currency());
        }
        if (gross.isNegative()) {
            throw new IllegalArgumentException("gross: zero or more, not " + gross);
        }
        PayrollParameters p = editions.forMonth(month);
        String social = BelgianAccounts.SOCIAL_SECURITY;
        BigDecimal employeeRate = p.decimal("onss.employee");
        BigDecimal employerRate = p.decimal("onss.employer");
        Money onss = Cents.percentOf(gross, employeeRate);
        Money zero = Money.zero(EUR);
        BigDecimal occupation = WorkBonus.occupation(situation.monthlyHours(), fullTimeHours(p));
        WorkBonus bonus = WorkBonus.of(p, gross, occupation, onss);
        Money csss = SpecialContribution.of(p, situation.household(), gross);

        List<PayslipLine> lines = new ArrayList<>();
        lines.add(new PayslipLine(BelgianLineCodes.ONSS, gross, employeeRate, onss, employerRate,
                Cents.percentOf(gross, employerRate), social));
        if (bonus.partA().isPositive()) {
            lines.add(new PayslipLine(BelgianLineCodes.WORK_BONUS_A, gross, null, bonus.partA().negate(), null, zero,
                    social));
        }
        if (bonus.partB().isPositive()) {
            lines.add(new PayslipLine(BelgianLineCodes.WORK_BONUS_B, gross, null, bonus.partB().negate(), null, zero,
                    social));
        }
        if (csss.isPositive()) {
            lines.add(new PayslipLine(BelgianLineCodes.SPECIAL_CONTRIBUTION, gross, null, csss, null, zero, social));
        }
        Money taxable = gross.minus(onss.minus(bonus.total()));
        WithholdingTax tax = WithholdingTax.of(p, situation, taxable, bonus);
        Money net = gross;
        Money cost = gross;
        for (PayslipLine line : lines) {
            net = net.minus(line.employeeAmount());
            cost = cost.plus(line.employerAmount());
        }
        Payslip payslip = new Payslip(COUNTRY, month, situation, gross, lines, net, taxable, tax.withholding(),
                net.minus(tax.withholding()), cost, p.name());
        return new Computation(payslip, bonus, tax);
    }

    /** A payslip and how its précompte was found. */
    record Computation(Payslip payslip, WorkBonus bonus, WithholdingTax tax) {
    }

    @Override
    public Money minimumHourlyWage(YearMonth month) {
        PayrollParameters p = editions.forMonth(month);
        return Money.parse(p.decimal("minimumWage.monthly").divide(fullTimeHours(p), 2, RoundingMode.HALF_UP)
                .toPlainString(), EUR);
    }

    @Override
    public BigDecimal fullTimeMonthlyHours() {
        return fullTimeHours(editions.latest());
    }

    private static BigDecimal fullTimeHours(PayrollParameters p) {
        return p.decimal("legalHours.weekly").multiply(WEEKS_PER_MONTH).setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public PayrollAccounts accounts() {
        return ACCOUNTS;
    }

    @Override
    public String lineLabel(String code, Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, BelgianPayrollRules.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(code);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
