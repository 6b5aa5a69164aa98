package coop.essaim.payroll.internal.document;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.Payslip;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything a payslip document shows besides the labels of its lines: who employs whom, for which month, and
 * the {@link Payslip} the country's rules computed. The document draws these figures; it never computes one.
 * The hours and the executive status must be the ones the payslip was computed with: a document that says
 * "cadre" over non-executive contributions would be false, so the record refuses it.
 */
public record PayslipSheet(Employer employer, Employee employee, YearMonth period, LocalDate paymentDate,
                           BigDecimal hoursPaid, Money hourlyRate, String activityName, Payslip payslip,
                           Locale locale, List<JobLine> jobs) {

    /** A plan's payslip: no short jobs listed. */
    public PayslipSheet(Employer employer, Employee employee, YearMonth period, LocalDate paymentDate,
                        BigDecimal hoursPaid, Money hourlyRate, String activityName, Payslip payslip, Locale locale) {
        this(employer, employee, period, paymentDate, hoursPaid, hourlyRate, activityName, payslip, locale, List.of());
    }

    /** A short job contract the payslip pays, as the document lists it. */
    public record JobLine(LocalDate firstDay, LocalDate lastDay, String description, BigDecimal hours, Money gross) {
    }

    public PayslipSheet {
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(paymentDate, "paymentDate");
        Objects.requireNonNull(hoursPaid, "hoursPaid");
        Objects.requireNonNull(hourlyRate, "hourlyRate");
        Objects.requireNonNull(payslip, "payslip");
        Objects.requireNonNull(locale, "locale");
        if (!payslip.month().equals(period)) {
            throw new IllegalArgumentException("period: " + period + " is not the payslip's month " + payslip.month());
        }
        if (hoursPaid.compareTo(payslip.situation().monthlyHours()) != 0) {
            throw new IllegalArgumentException("hoursPaid: " + hoursPaid + " is not the payslip's "
                    + payslip.situation().monthlyHours() + " hours");
        }
        if (!hourlyRate.currency().equals(payslip.gross().currency())) {
            throw new IllegalArgumentException("hourlyRate: in " + hourlyRate.currency() + ", the payslip in "
                    + payslip.gross().currency());
        }
        if (employee.executive() != payslip.situation().executive()) {
            throw new IllegalArgumentException("employee.executive: " + employee.executive()
                    + " but the payslip was computed for executive=" + payslip.situation().executive());
        }
        activityName = activityName == null ? "" : activityName.strip();
    }

    /**
     * The employer: the cooperative, legal employer of every entrepreneur-employee. {@code registrationNumber} is
     * its SIRET (or SIREN); {@code urssafNumber} and {@code activityCode} (French APE/NAF) may be {@code null}.
     */
    public record Employer(String name, List<String> addressLines, String registrationNumber, String urssafNumber,
                           String activityCode) {

        public Employer {
            requireText(name, "employer.name");
            requireText(registrationNumber, "employer.registrationNumber");
            addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        }
    }

    /**
     * The employee: {@code jobTitle} such as "Entrepreneur-salarié" or a staff position, {@code contractKind}
     * as the contract names it (CESA, CDI, CDD).
     */
    public record Employee(String fullName, List<String> addressLines, String personNumber, String jobTitle,
                           boolean executive, String contractKind, LocalDate entryDate) {

        public Employee {
            requireText(fullName, "employee.fullName");
            requireText(personNumber, "employee.personNumber");
            requireText(jobTitle, "employee.jobTitle");
            requireText(contractKind, "employee.contractKind");
            Objects.requireNonNull(entryDate, "employee.entryDate");
            addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required");
        }
    }
}
