package coop.essaim.invoicing.internal;

import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.security.PermissionDefinition;
import coop.essaim.invoicing.api.InvoicingPermissions;

import java.util.List;
import java.util.Set;

/** Who does what by default: entrepreneurs invoice for their own activities, accounting validates and collects. */
public final class InvoicingPermissionContribution implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(InvoicingPermissions.VIEW, "permission.view", Set.copyOf(CoreRoles.ALL)),
                new PermissionDefinition(InvoicingPermissions.VIEW_ALL, "permission.all",
                        Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER, CoreRoles.ACCOUNTANT)),
                new PermissionDefinition(InvoicingPermissions.WRITE, "permission.write",
                        Set.of(CoreRoles.ENTREPRENEUR, CoreRoles.ACCOUNTANT)),
                new PermissionDefinition(InvoicingPermissions.VALIDATE, "permission.validate",
                        Set.of(CoreRoles.ACCOUNTANT)),
                new PermissionDefinition(InvoicingPermissions.SELF_VALIDATE, "permission.selfValidate",
                        Set.of(CoreRoles.ENTREPRENEUR)),
                new PermissionDefinition(InvoicingPermissions.REMIND, "permission.remind",
                        Set.of(CoreRoles.ENTREPRENEUR, CoreRoles.ACCOUNTANT)),
                new PermissionDefinition(InvoicingPermissions.RECORD_PAYMENTS, "permission.payments",
                        Set.of(CoreRoles.ACCOUNTANT)));
    }
}
