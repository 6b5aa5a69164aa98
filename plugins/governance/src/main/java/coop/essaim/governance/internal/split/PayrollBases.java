package coop.essaim.governance.internal.split;

import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.security.UserContext;
import coop.essaim.payroll.api.PayrollPermissions;
import coop.essaim.payroll.api.PayrollYear;
import coop.essaim.payroll.api.YearlyPay;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The one class of governance that touches the payroll module's API, which may be absent: it is only loaded once
 * {@link #readable} said payroll is started, and its caller treats a {@link LinkageError} (payroll's package not
 * wired to governance: an OSGi optional import left unresolved, a PF4J plugin loaded before payroll) as no payroll.
 */
final class PayrollBases {

    /** What payroll paid one person in the period, in governance's own terms. */
    record Paid(long personId, String name, java.math.BigDecimal gross, java.math.BigDecimal hours, int payslips) {
    }

    private PayrollBases() {
    }

    /** Empty when payroll publishes no {@code PayrollYear}. */
    static Optional<PayrollYear> service(ModuleCatalog catalog) {
        return catalog.implementations(PayrollYear.class).stream().findFirst();
    }

    /** Whether the user holds payroll's permission to read every payslip. */
    static boolean mayRead(UserContext actor) {
        return actor.can(PayrollPermissions.VIEW_ALL);
    }

    /** What payroll's validated payslips paid each person from {@code from} to {@code to}. */
    static Optional<List<Paid>> paid(ModuleCatalog catalog, UserContext actor, YearMonth from, YearMonth to) {
        return service(catalog).map(s -> s.pay(actor, from, to).stream().map(PayrollBases::paid).toList());
    }

    private static Paid paid(YearlyPay p) {
        return new Paid(p.personId(), p.personName(), p.gross().toDecimal(), p.hours(), p.payslips());
    }
}
