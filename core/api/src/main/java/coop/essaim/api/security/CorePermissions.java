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
    /** Read person files and paths (an entrepreneur only ever reads their own). */
    public static final String PEOPLE_READ = "core.people.read";
    /** Create and change person files, establishments, paths and referents. */
    public static final String PEOPLE_MANAGE = "core.people.manage";
    /** Read and write the support staff's private notes on people. */
    public static final String PEOPLE_NOTES = "core.people.notes";
    /** Anonymise a person who left, once the cooperative's retention period has passed (GDPR). */
    public static final String PEOPLE_ANONYMISE = "core.people.anonymise";
    /** Read activities (an entrepreneur only ever reads their own). */
    public static final String ACTIVITIES_READ = "core.activities.read";
    /** Create activities, change their members, close them. */
    public static final String ACTIVITIES_MANAGE = "core.activities.manage";

    private CorePermissions() {
    }
}
