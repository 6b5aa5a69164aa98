package coop.essaim.brandgroups.api;

/**
 * The permissions of brand groups. Whatever their grants, a user whose roles are entrepreneur only reaches the
 * groups whose activity they are or were a member of, and only to read them.
 */
public final class BrandGroupPermissions {

    /** Create groups, record their rule editions and members' work, split and cancel months; read every group. */
    public static final String MANAGE = "brandgroups.manage";
    /** Read the groups one is or was a member of: members, rules, figures and shares ("my groups"). */
    public static final String READ_OWN = "brandgroups.read-own";

    private BrandGroupPermissions() {
    }
}
