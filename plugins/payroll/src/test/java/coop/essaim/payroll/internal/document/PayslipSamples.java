package coop.essaim.payroll.internal.document;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.EmployeeSituation;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.api.payroll.PayslipLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Payslips written by hand for the document tests (no country rules: the documents draw figures, they compute
 * none). Zoé's May 2025 payslip: gross 2,500.00 €, employee contributions 499.51 €, net 2,000.49 €, net taxable
 * 2,071.72 €, 3.5 % neutral-rate withholding 72.51 €, net paid 1,927.98 €, employer contributions 595.25 € after a
 * 203.75 € reduction, cost 3,095.25 €.
 */
final class PayslipSamples {

    static final YearMonth MAY = YearMonth.of(2025, 5);
    static final BigDecimal HOURS = new BigDecimal("151.67");

    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("fr.maladie", new String[] {"Sécurité sociale maladie, maternité", "Health insurance"}),
            Map.entry("fr.vieillesse.plafonnee", new String[] {"Vieillesse plafonnée", "Capped old-age pension"}),
            Map.entry("fr.vieillesse.deplafonnee", new String[] {"Vieillesse déplafonnée", "Uncapped old-age pension"}),
            Map.entry("fr.agirc-arrco.t1", new String[] {"Complémentaire AGIRC-ARRCO tranche 1", "AGIRC-ARRCO tier 1"}),
            Map.entry("fr.allocations-familiales", new String[] {"Allocations familiales", "Family allowances"}),
            Map.entry("fr.atmp", new String[] {"Accidents du travail", "Work accidents"}),
            Map.entry("fr.chomage", new String[] {"Assurance chômage", "Unemployment insurance"}),
            Map.entry("fr.fnal", new String[] {"FNAL", "FNAL housing fund"}),
            Map.entry("fr.csg.deductible", new String[] {"CSG déductible", "Deductible CSG"}),
            Map.entry("fr.csg.non-deductible", new String[] {"CSG non déductible", "Non-deductible CSG"}),
            Map.entry("fr.crds", new String[] {"CRDS", "CRDS"}),
            Map.entry("fr.reduction.generale", new String[] {"Réduction générale des cotisations",
                    "General contribution reduction"}));

    static final BiFunction<String, Locale, String> LABEL = (code, locale) -> {
        String[] both = LABELS.get(code);
        if (both == null) {
            return code;
        }
        return locale.getLanguage().equals("fr") ? both[0] : both[1];
    };

    private PayslipSamples() {
    }

    static Money eur(String amount) {
        return Money.parse(amount, java.util.Currency.getInstance("EUR"));
    }

    static PayslipLine line(String code, String base, String employeeRate, String employeeAmount,
                            String employerRate, String employerAmount, String account) {
        return new PayslipLine(code, eur(base), employeeRate == null ? null : new BigDecimal(employeeRate),
                eur(employeeAmount), employerRate == null ? null : new BigDecimal(employerRate),
                eur(employerAmount), account);
    }

    static List<PayslipLine> mayLines() {
        List<PayslipLine> lines = new ArrayList<>();
        lines.add(line("fr.maladie", "2500.00", null, "0", "7.00", "175.00", "431000"));
        lines.add(line("fr.vieillesse.plafonnee", "2500.00", "6.90", "172.50", "8.55", "213.75", "431000"));
        lines.add(line("fr.vieillesse.deplafonnee", "2500.00", "0.40", "10.00", "2.02", "50.50", "431000"));
        lines.add(line("fr.agirc-arrco.t1", "2500.00", "3.15", "78.75", "4.72", "118.00", "437100"));
        lines.add(line("fr.allocations-familiales", "2500.00", null, "0", "3.45", "86.25", "431000"));
        lines.add(line("fr.atmp", "2500.00", null, "0", "2.12", "53.00", "431000"));
        lines.add(line("fr.chomage", "2500.00", null, "0", "4.00", "100.00", "431000"));
        lines.add(line("fr.fnal", "2500.00", null, "0", "0.10", "2.50", "431000"));
        lines.add(line("fr.csg.deductible", "2456.25", "6.80", "167.03", null, "0", "431000"));
        lines.add(line("fr.csg.non-deductible", "2456.25", "2.40", "58.95", null, "0", "431000"));
        lines.add(line("fr.crds", "2456.25", "0.50", "12.28", null, "0", "431000"));
        lines.add(line("fr.reduction.generale", "2500.00", null, "0", "8.15", "-203.75", "431000"));
        return lines;
    }

    static Payslip payslip(EmployeeSituation situation, List<PayslipLine> lines, String withholding) {
        Money gross = eur("2500.00");
        Money employee = Money.zero(gross.currency());
        Money employer = Money.zero(gross.currency());
        Money nonDeductible = Money.zero(gross.currency());
        for (PayslipLine l : lines) {
            employee = employee.plus(l.employeeAmount());
            employer = employer.plus(l.employerAmount());
            if (l.code().equals("fr.csg.non-deductible") || l.code().equals("fr.crds")) {
                nonDeductible = nonDeductible.plus(l.employeeAmount());
            }
        }
        Money net = gross.minus(employee);
        Money tax = eur(withholding);
        return new Payslip("FR", MAY, situation, gross, lines, net, net.plus(nonDeductible), tax, net.minus(tax),
                gross.plus(employer), "FR 2025-05-01");
    }

    static Payslip may() {
        return payslip(EmployeeSituation.of(HOURS, 8, new BigDecimal("2.12")), mayLines(), "72.51");
    }

    static PayslipSheet.Employer employer() {
        return new PayslipSheet.Employer("Essaim Coopérative", List.of("12 rue de la Ruche", "69001 Lyon"),
                "812 345 678 00015", "697 1234567890", "7022Z");
    }

    static PayslipSheet.Employee zoe(boolean executive) {
        return new PayslipSheet.Employee("Zoé Lefèvre", List.of("3 allée des Tilleuls", "69100 Villeurbanne"),
                "ES-0042", "Entrepreneur-salarié", executive, "CESA", LocalDate.of(2024, 9, 2));
    }

    static PayslipSheet sheet(Payslip payslip, Locale locale) {
        return new PayslipSheet(employer(), zoe(payslip.situation().executive()), payslip.month(),
                LocalDate.of(2025, 5, 30), payslip.situation().monthlyHours(), eur("16.48"), "Atelier Lumière",
                payslip, locale);
    }
}
