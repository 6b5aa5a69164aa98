package coop.essaim.payroll.internal;

import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.security.PermissionDefinition;
import coop.essaim.payroll.api.PayrollPermissions;

import java.util.List;
import java.util.Set;

/**
 * Who does what by default: entrepreneurs read their own payslips, advisers decide plans and simulate,
 * accounting runs the payroll.
 */
public final class PayrollPermissionContribution implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(PayrollPermissions.VIEW_OWN, "permission.viewOwn",
                        Set.copyOf(CoreRoles.ALL)),
                new PermissionDefinition(PayrollPermissions.VIEW_ALL, "permission.viewAll",
                        Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER, CoreRoles.ACCOUNTANT)),
                new PermissionDefinition(PayrollPermissions.PLAN, "permission.plan",
                        Set.of(CoreRoles.ADVISER, CoreRoles.ACCOUNTANT)),
                new PermissionDefinition(PayrollPermissions.RUN, "permission.run", Set.of(CoreRoles.ACCOUNTANT)),
                new PermissionDefinition(PayrollPermissions.SIMULATE, "permission.simulate",
                        Set.of(CoreRoles.ADVISER, CoreRoles.ACCOUNTANT, CoreRoles.ENTREPRENEUR)));
    }
}
