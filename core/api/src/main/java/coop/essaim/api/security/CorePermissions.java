package coop.essaim.api.security;

/** Permissions the core itself declares. */
public final class CorePermissions {
    /** See the "Modules" page and the module API. */
    public static final String MODULES_VIEW = "core.modules.view";
    /** Manage users, their roles and the cooperative's settings. */
    public static final String USERS_MANAGE = "core.users.manage";
    /** Read the audit trail. */
    public static final String AUDIT_VIEW = "core.audit.view";
    /** Edit the cooperative's identity and settings. */
    public static final String COOPERATIVE_MANAGE = "core.cooperative.manage";

    private CorePermissions() {
    }
}
