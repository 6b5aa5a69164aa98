package coop.essaim.reporting.internal;

import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.security.PermissionDefinition;
import coop.essaim.reporting.api.ReportingPermissions;

import java.util.List;
import java.util.Set;

/**
 * Who reads the activity reports by default: the administrator, who presents them to the partners' committee and
 * the funders; advisers, who follow the paths the people figures count and are asked for them; the accountant,
 * who answers for the financial figures. Board members and entrepreneurs are not given it: a board member lacks
 * {@code core.people.read}, so half the report would be withheld (an administrator may still grant it), and an
 * entrepreneur never reads the cooperative's figures (the core refuses them, whatever is granted).
 */
public final class ReportingPermissionContribution implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(ReportingPermissions.VIEW, "permission.view",
                Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ADVISER, CoreRoles.ACCOUNTANT)));
    }
}
