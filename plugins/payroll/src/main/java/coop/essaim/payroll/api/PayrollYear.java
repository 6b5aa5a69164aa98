package coop.essaim.payroll.api;

import coop.essaim.api.security.UserContext;

import java.time.YearMonth;
import java.util.List;

/**
 * Service: per person, the gross salaries and hours of the validated payslips of the user's cooperative over a
 * period, counted in the database; what governance's profit split shares the participation by. Reading needs
 * {@link PayrollPermissions#VIEW_ALL}.
 *
 * <p>Published as an extension ({@code META-INF/services/coop.essaim.payroll.api.PayrollYear}): another module
 * finds it with {@code ModuleCatalog.implementations(PayrollYear.class)} while payroll is started, and must work
 * without it (declare {@code payroll?} in {@code Plugin-Dependencies} and import this package with
 * {@code resolution:=optional}).
 */
public interface PayrollYear {

    /**
     * The months {@code from} to {@code to} included; one line per person paid, by person id. Refuses a period
     * that ends before it starts or spans more than 24 months.
     */
    List<YearlyPay> pay(UserContext actor, YearMonth from, YearMonth to);

    /** The calendar year {@code year}: January to December. */
    default List<YearlyPay> pay(UserContext actor, int year) {
        return pay(actor, YearMonth.of(year, 1), YearMonth.of(year, 12));
    }
}
