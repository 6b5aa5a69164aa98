package coop.essaim.countryma.internal.payroll;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.PayrollAccounts;
import coop.essaim.api.payroll.ParameterEditions;
import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.api.payroll.PayslipLine;
import coop.essaim.countryma.api.MoroccanAccounts;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

import static coop.essaim.countryma.internal.payroll.MoroccanLineCodes.*;

/**
 * Moroccan payroll of a private employer subject to the CNSS, for a salaried employee resident in Morocco, from
 * the dated parameter editions of {@link PayrollEditions} (sources in each edition file):
 * <ul>
 *   <li>CNSS social benefits 4.48 % employee and 8.98 % employer on the gross up to the monthly ceiling
 *       (6 000 MAD); family allowances 6.40 % employer and the vocational training tax 1.60 % employer on the
 *       whole gross (dahir n° 1-72-184 on social security; cnss.ma);</li>
 *   <li>AMO 2.26 % employee and 4.11 % employer (its 1.85 % participation included) on the whole gross (loi
 *       n° 65-00);</li>
 *   <li>the IR withheld at source, by {@link IncomeTax} (CGI art. 59, 73 and 74 as amended for 2025).</li>
 * </ul>
 * Rounding: each line, the professional expenses and the IR to the centime, half up ({@link Dirhams}).
 * Simplifications (also in the README): the taxable gross is the whole gross (no exempt allowances, benefits in
 * kind or seniority bonus computed here: the gross given is the gross), no complementary pension (CIMR) or other
 * deductible contribution than the CNSS and AMO, no deduction of housing-loan interest, no annual regularisation
 * of the IR, no special schemes (first-job "Tahfiz" exemption, interns, non-residents, retirees),
 * {@link EmployeeSituation#dependants()} is taken as the number of dependants the law counts, and the
 * headcount, the executive status and the accident rate do not change anything (work accident insurance is a
 * private insurance in Morocco, outside the payslip). The employer's {@code withholdingRatePercent} is ignored:
 * the IR is always the scale's.
 *
 * <p>Stateless once built: the editions are read in the constructor and never change, so one instance serves
 * every thread.
 */
public final class MoroccanPayrollRules implements PayrollRules {

    static final String COUNTRY = "MA";
    static final Currency MAD = Currency.getInstance("MAD");
    private static final String BUNDLE = "coop.essaim.countryma.payroll.lines";
    private static final PayrollAccounts ACCOUNTS = new PayrollAccounts(MoroccanAccounts.GROSS_SALARIES,
            MoroccanAccounts.EMPLOYER_CONTRIBUTIONS, MoroccanAccounts.STAFF_PAY_DUE,
            MoroccanAccounts.INCOME_TAX_WITHHELD);

    private final ParameterEditions<PayrollParameters> editions;

    public MoroccanPayrollRules() {
        this(PayrollEditions.load());
    }

    MoroccanPayrollRules(ParameterEditions<PayrollParameters> editions) {
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
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(situation, "situation");
        requireDirhams(gross);
        PayrollParameters p = editions.forMonth(month);
        List<PayslipLine> lines = lines(p, gross);
        Money employee = Money.zero(MAD);
        Money employer = Money.zero(MAD);
        for (PayslipLine line : lines) {
            employee = employee.plus(line.employeeAmount());
            employer = employer.plus(line.employerAmount());
        }
        // every employee line is CNSS or AMO, both deductible from the taxable income (art. 59-II CGI)
        IncomeTax.Computation ir = IncomeTax.of(p).compute(gross, employee, situation.dependants());
        Money net = gross.minus(employee);
        return new Payslip(COUNTRY, month, situation, gross, lines, net, ir.netTaxable(), ir.tax(),
                net.minus(ir.tax()), gross.plus(employer), p.name());
    }

    /**
     * How the IR of a payslip was reached (professional expenses, scale, family reduction): what a Moroccan
     * payslip prints under the contributions, and what the tests check.
     */
    IncomeTax.Computation incomeTax(YearMonth month, EmployeeSituation situation, Money gross) {
        Payslip payslip = compute(month, situation, gross);
        return IncomeTax.of(editions.forMonth(month)).compute(gross, payslip.employeeContributions(),
                situation.dependants());
    }

    /** The contribution lines; all four are owed to the CNSS, which also collects the AMO and the TFP. */
    private static List<PayslipLine> lines(PayrollParameters p, Money gross) {
        Money zero = Money.zero(MAD);
        Money capped = Dirhams.min(gross, p.dirhams("cnss.ceiling.monthly"));
        BigDecimal socialEmployee = p.decimal("employee.cnss.prestationsSociales");
        BigDecimal socialEmployer = p.decimal("employer.cnss.prestationsSociales");
        BigDecimal family = p.decimal("employer.cnss.allocationsFamiliales");
        BigDecimal amoEmployee = p.decimal("employee.amo");
        BigDecimal amoEmployer = p.decimal("employer.amo");
        BigDecimal training = p.decimal("employer.formationProfessionnelle");
        String cnss = MoroccanAccounts.CNSS;
        return List.of(
                new PayslipLine(CNSS_SOCIAL_BENEFITS, capped, socialEmployee, Dirhams.percentOf(capped, socialEmployee),
                        socialEmployer, Dirhams.percentOf(capped, socialEmployer), cnss),
                new PayslipLine(CNSS_FAMILY_ALLOWANCES, gross, null, zero, family, Dirhams.percentOf(gross, family),
                        cnss),
                new PayslipLine(AMO, gross, amoEmployee, Dirhams.percentOf(gross, amoEmployee), amoEmployer,
                        Dirhams.percentOf(gross, amoEmployer), cnss),
                new PayslipLine(VOCATIONAL_TRAINING, gross, null, zero, training, Dirhams.percentOf(gross, training),
                        cnss));
    }

    @Override
    public Money minimumHourlyWage(YearMonth month) {
        return editions.forMonth(month).dirhams("smig.hourly");
    }

    @Override
    public BigDecimal fullTimeMonthlyHours() {
        return editions.latest().decimal("fullTime.monthlyHours");
    }

    @Override
    public PayrollAccounts accounts() {
        return ACCOUNTS;
    }

    @Override
    public String lineLabel(String code, Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, MoroccanPayrollRules.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(code);
        } catch (MissingResourceException e) {
            return code;
        }
    }

    private static void requireDirhams(Money gross) {
        Objects.requireNonNull(gross, "gross");
        if (!gross.currency().equals(MAD)) {
            throw new IllegalArgumentException("gross: Moroccan payroll is paid in MAD, not " + gross.currency());
        }
        if (gross.isNegative()) {
            throw new IllegalArgumentException("gross: zero or more, not " + gross);
        }
    }
}
