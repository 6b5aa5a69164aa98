package coop.essaim.api.payroll;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What a country's rules need to know of an employee and their employer for one month, besides the gross:
 * <ul>
 *   <li>{@code monthlyHours}: the hours paid in the month (151.67 for a French full time; 13 for Jeanne's part
 *       time); charge reductions and minimum-wage checks are computed on them;</li>
 *   <li>{@code executive}: the status the country distinguishes for pensions and insurance (French "cadre");</li>
 *   <li>{@code headcount}: the employer's headcount, which selects rate bands (French FNAL, training tax and
 *       charge reduction under 50 or 11 employees);</li>
 *   <li>{@code accidentRatePercent}: the employer's accident insurance rate for the establishment (French
 *       AT/MP, 2.12 for 2.12%);</li>
 *   <li>{@code dependants}: children or other dependants, where tax or allowances depend on them;</li>
 *   <li>{@code withholdingRatePercent}: the personal income-tax rate the tax office sent, or {@code null} for
 *       the country's neutral rate (French grid "taux neutre");</li>
 *   <li>{@code details}: what else a country needs, as text, by keys the country plugin documents; never
 *       {@code null};</li>
 *   <li>{@code household}: the tax household (single, or a couple whose partner has or has no professional
 *       income), where tax or contributions depend on it (Belgian marital quotient and special social security
 *       contribution); never {@code null}, {@link Household#SINGLE} when not known.</li>
 * </ul>
 * The constructor without {@code household} (the record's first form) stays for the rules and callers that do not
 * know it: it means {@link Household#SINGLE}.
 */
public record EmployeeSituation(BigDecimal monthlyHours, boolean executive, int headcount,
                                BigDecimal accidentRatePercent, int dependants, BigDecimal withholdingRatePercent,
                                Map<String, String> details, Household household) {

    public EmployeeSituation(BigDecimal monthlyHours, boolean executive, int headcount,
                             BigDecimal accidentRatePercent, int dependants, BigDecimal withholdingRatePercent,
                             Map<String, String> details) {
        this(monthlyHours, executive, headcount, accidentRatePercent, dependants, withholdingRatePercent, details,
                Household.SINGLE);
    }

    public EmployeeSituation {
        Objects.requireNonNull(monthlyHours, "monthlyHours");
        Objects.requireNonNull(accidentRatePercent, "accidentRatePercent");
        if (monthlyHours.signum() <= 0) {
            throw new IllegalArgumentException("monthlyHours: a positive number of hours, not " + monthlyHours);
        }
        if (headcount < 1) {
            throw new IllegalArgumentException("headcount: at least 1, not " + headcount);
        }
        if (accidentRatePercent.signum() < 0) {
            throw new IllegalArgumentException("accidentRatePercent: zero or more, not " + accidentRatePercent);
        }
        if (dependants < 0) {
            throw new IllegalArgumentException("dependants: zero or more, not " + dependants);
        }
        if (withholdingRatePercent != null && withholdingRatePercent.signum() < 0) {
            throw new IllegalArgumentException("withholdingRatePercent: zero or more, not " + withholdingRatePercent);
        }
        details = details == null ? Map.of() : Map.copyOf(details);
        household = household == null ? Household.SINGLE : household;
    }

    /** A non-executive employee of a small employer, neutral tax rate, no dependants. */
    public static EmployeeSituation of(BigDecimal monthlyHours, int headcount, BigDecimal accidentRatePercent) {
        return new EmployeeSituation(monthlyHours, false, headcount, accidentRatePercent, 0, null, Map.of());
    }

    public EmployeeSituation withHours(BigDecimal hours) {
        return new EmployeeSituation(hours, executive, headcount, accidentRatePercent, dependants,
                withholdingRatePercent, details, household);
    }

    public EmployeeSituation asExecutive(boolean isExecutive) {
        return new EmployeeSituation(monthlyHours, isExecutive, headcount, accidentRatePercent, dependants,
                withholdingRatePercent, details, household);
    }

    public EmployeeSituation withWithholdingRate(BigDecimal percent) {
        return new EmployeeSituation(monthlyHours, executive, headcount, accidentRatePercent, dependants, percent,
                details, household);
    }

    /** The same situation with {@code count} children or other dependants. */
    public EmployeeSituation withDependants(int count) {
        return new EmployeeSituation(monthlyHours, executive, headcount, accidentRatePercent, count,
                withholdingRatePercent, details, household);
    }

    /** The same situation in another tax household. */
    public EmployeeSituation inHousehold(Household newHousehold) {
        return new EmployeeSituation(monthlyHours, executive, headcount, accidentRatePercent, dependants,
                withholdingRatePercent, details, newHousehold);
    }
}
