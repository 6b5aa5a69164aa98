package coop.essaim.countryfr.internal.payroll;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.PayslipLine;
import coop.essaim.countryfr.api.FrenchAccounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static coop.essaim.countryfr.internal.payroll.FrenchLineCodes.*;

/**
 * The contribution lines of one French payslip (régime général, private employer, metropolitan France), from the
 * parameters of the month. A line that does not apply (the second tranche under 1 PSS, the cadres' lines for a
 * non-cadre, a zero reduction) is left out. Bases and amounts are rounded by {@link Cents}, line by line.
 */
final class FrenchPayslipLines {

    /** AGIRC-ARRCO, CEG, CET and APEC are owed to the complementary pension institution. */
    static final String PENSION_FUNDS = "437100";
    /** The cadres' provident scheme (prévoyance). */
    static final String PROVIDENT_FUNDS = "437200";
    private static final String URSSAF = FrenchAccounts.SOCIAL_SECURITY;

    private final PayrollParameters p;
    private final EmployeeSituation situation;
    private final Money gross;
    private final Money zero;
    private final Money pss;
    private final BigDecimal monthlySmic;
    private final List<PayslipLine> lines = new ArrayList<>();

    private FrenchPayslipLines(PayrollParameters parameters, EmployeeSituation situation, Money gross) {
        this.p = parameters;
        this.situation = situation;
        this.gross = gross;
        this.zero = Money.zero(gross.currency());
        this.pss = parameters.pss();
        this.monthlySmic = MinimumWage.ofMonth(parameters, situation.monthlyHours());
    }

    static List<PayslipLine> of(PayrollParameters parameters, EmployeeSituation situation, Money gross) {
        FrenchPayslipLines payslip = new FrenchPayslipLines(parameters, situation, gross);
        payslip.socialSecurity();
        payslip.complementaryPensions();
        payslip.otherEmployerContributions();
        payslip.csgAndCrds();
        payslip.taxesOnPay();
        payslip.reduction();
        return List.copyOf(payslip.lines);
    }

    private void socialSecurity() {
        Money t1 = tranche1();
        employer(MALADIE, gross, p.bySmicMultiple("employer.maladie", gross, monthlySmic), URSSAF);
        shared(VIEILLESSE_PLAFONNEE, t1, "vieillesse.plafonnee", URSSAF);
        shared(VIEILLESSE_DEPLAFONNEE, gross, "vieillesse.deplafonnee", URSSAF);
        employer(ALLOCATIONS_FAMILIALES, gross,
                p.bySmicMultiple("employer.allocationsFamiliales", gross, monthlySmic), URSSAF);
        employer(ACCIDENTS_DU_TRAVAIL, gross, situation.accidentRatePercent(), URSSAF);
        employer(CSA, gross, p.decimal("employer.csa"), URSSAF);
        Money upToChomageCeiling = upTo("chomage.upToPss");
        employer(CHOMAGE, upToChomageCeiling, p.decimal("employer.chomage"), URSSAF);
        employer(AGS, upToChomageCeiling, p.decimal("employer.ags"), URSSAF);
    }

    private void complementaryPensions() {
        Money t1 = tranche1();
        Money upToT2Ceiling = upTo("agircArrco.t2UpToPss");
        Money t2 = upToT2Ceiling.minus(t1);
        shared(AGIRC_ARRCO_T1, t1, "agircArrco.t1", PENSION_FUNDS);
        if (t2.isPositive()) {
            shared(AGIRC_ARRCO_T2, t2, "agircArrco.t2", PENSION_FUNDS);
        }
        shared(CEG_T1, t1, "ceg.t1", PENSION_FUNDS);
        if (t2.isPositive()) {
            shared(CEG_T2, t2, "ceg.t2", PENSION_FUNDS);
            shared(CET, upToT2Ceiling, "cet", PENSION_FUNDS);   // only above 1 PSS, then on the whole gross
        }
        if (situation.executive()) {
            shared(APEC, upTo("apec.upToPss"), "apec", PENSION_FUNDS);
            employer(PREVOYANCE_CADRES, t1, p.decimal("employer.prevoyanceCadres"), PROVIDENT_FUNDS);
        }
    }

    private void otherEmployerContributions() {
        BigDecimal fnal = p.byHeadcount("employer.fnal", situation.headcount());
        boolean small = situation.headcount() < p.whole("employer.fnal.headcount");
        employer(FNAL, small ? tranche1() : gross, fnal, URSSAF);
        employer(DIALOGUE_SOCIAL, gross, p.decimal("employer.dialogueSocial"), URSSAF);
    }

    private void csgAndCrds() {
        Money capped = upTo("csg.allowanceUpToPss");
        Money base = Cents.percentOf(capped, p.decimal("csg.basePercent")).plus(gross.minus(capped));
        employee(CSG_DEDUCTIBLE, base, p.decimal("employee.csg.deductible"));
        employee(CSG_NON_DEDUCTIBLE, base, p.decimal("employee.csg.nonDeductible"));
        employee(CRDS, base, p.decimal("employee.crds"));
    }

    private void taxesOnPay() {
        employer(FORMATION, gross, p.byHeadcount("employer.formation", situation.headcount()), URSSAF);
        employer(APPRENTISSAGE, gross, p.decimal("employer.apprentissage"), URSSAF);
    }

    private void reduction() {
        BigDecimal c = GeneralReduction.coefficient(p, gross, monthlySmic, situation.headcount());
        if (c.signum() > 0) {
            Money amount = Cents.times(gross, c).negate();
            lines.add(new PayslipLine(REDUCTION_GENERALE, gross, null, zero, c.movePointRight(2).negate(), amount,
                    URSSAF));
        }
    }

    /** The gross up to 1 PSS. */
    private Money tranche1() {
        return min(gross, pss);
    }

    /** The gross up to {@code key} times the PSS. */
    private Money upTo(String key) {
        return min(gross, Cents.times(pss, p.decimal(key)));
    }

    private void shared(String code, Money base, String key, String account) {
        BigDecimal employeeRate = p.decimal("employee." + key);
        BigDecimal employerRate = p.decimal("employer." + key);
        lines.add(new PayslipLine(code, base, employeeRate, Cents.percentOf(base, employeeRate), employerRate,
                Cents.percentOf(base, employerRate), account));
    }

    private void employer(String code, Money base, BigDecimal rate, String account) {
        lines.add(new PayslipLine(code, base, null, zero, rate, Cents.percentOf(base, rate), account));
    }

    private void employee(String code, Money base, BigDecimal rate) {
        lines.add(new PayslipLine(code, base, rate, Cents.percentOf(base, rate), null, zero, URSSAF));
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
