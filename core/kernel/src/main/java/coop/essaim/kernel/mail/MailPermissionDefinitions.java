package coop.essaim.kernel.mail;

import coop.essaim.api.mail.MailPermissions;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionDefinition;

import java.util.List;
import java.util.Set;

/**
 * The mail history's permission, part of the core's: administrators and accountants read the whole
 * cooperative's history (an accountant checks that invoices and reminders went out); everyone else sees only
 * what they sent.
 */
public final class MailPermissionDefinitions {

    public static final List<PermissionDefinition> DEFINITIONS = List.of(
            new PermissionDefinition(MailPermissions.HISTORY, "core.permission.mail.history",
                    Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ACCOUNTANT)));

    private MailPermissionDefinitions() {
    }
}
