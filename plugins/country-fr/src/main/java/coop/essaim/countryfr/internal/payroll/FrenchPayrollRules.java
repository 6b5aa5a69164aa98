package coop.essaim.countryfr.internal.payroll;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.PayrollAccounts;
import coop.essaim.api.payroll.ParameterEditions;
import coop.essaim.api.payroll.PayrollRules;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.api.payroll.PayslipLine;
import coop.essaim.countryfr.api.FrenchAccounts;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * French payroll (régime général, metropolitan France, non-agricultural private employer): the contributions of
 * the employee and the employer, the general charge reduction, the CSG and CRDS, the prélèvement à la source, from
 * the dated parameter editions of {@link PayrollEditions}. What it leaves out is listed in the plugin's README.
 *
 * <p>Stateless once built: the editions are read in the constructor and never change, so one instance serves
 * every thread.
 */
public final class FrenchPayrollRules implements PayrollRules {

    static final String COUNTRY = "FR";
    static final Currency EUR = Currency.getInstance("EUR");
    private static final String BUNDLE = "coop.essaim.countryfr.payroll.lines";
    private static final PayrollAccounts ACCOUNTS = new PayrollAccounts(FrenchAccounts.GROSS_SALARIES,
            FrenchAccounts.EMPLOYER_CONTRIBUTIONS, FrenchAccounts.STAFF_PAY_DUE, FrenchAccounts.WITHHOLDING_TAX);

    private final ParameterEditions<PayrollParameters> editions;

    public FrenchPayrollRules() {
        this(PayrollEditions.load());
    }

    FrenchPayrollRules(ParameterEditions<PayrollParameters> editions) {
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
        Objects.requireNonNull(gross, "gross");
        if (!gross.currency().equals(EUR)) {
            throw new IllegalArgumentException("gross: French payroll is paid in EUR, not " + gross.currency());
        }
        if (gross.isNegative()) {
            throw new IllegalArgumentException("gross: zero or more, not " + gross);
        }
        PayrollParameters parameters = editions.forMonth(month);
        List<PayslipLine> lines = FrenchPayslipLines.of(parameters, situation, gross);
        Money net = gross;
        for (PayslipLine line : lines) {
            net = net.minus(line.employeeAmount());
        }
        Money netTaxable = net;
        Money employerCost = gross;
        for (PayslipLine line : lines) {
            employerCost = employerCost.plus(line.employerAmount());
            if (line.code().equals(FrenchLineCodes.CSG_NON_DEDUCTIBLE) || line.code().equals(FrenchLineCodes.CRDS)) {
                netTaxable = netTaxable.plus(line.employeeAmount());
            }
        }
        BigDecimal withholdingRate = situation.withholdingRatePercent() != null
                ? situation.withholdingRatePercent()
                : WithholdingGrid.of(parameters).ratePercentFor(netTaxable);
        Money withholding = Cents.percentOf(netTaxable, withholdingRate);
        return new Payslip(COUNTRY, month, situation, gross, lines, net, netTaxable, withholding,
                net.minus(withholding), employerCost, parameters.name());
    }

    @Override
    public Money minimumHourlyWage(YearMonth month) {
        return editions.forMonth(month).euros("smic.hourly");
    }

    @Override
    public BigDecimal fullTimeMonthlyHours() {
        return MinimumWage.fullTimeMonthlyHours(editions.latest());
    }

    @Override
    public PayrollAccounts accounts() {
        return ACCOUNTS;
    }

    @Override
    public String lineLabel(String code, Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, FrenchPayrollRules.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(code);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
