package coop.essaim.governance.api;

/**
 * The permissions of governance. Whatever their grants, a user who only holds {@link #OWN} reaches the shares of
 * the person file linked to their own login, never anyone else's.
 */
public final class GovernancePermissions {

    /** Read the whole share register and its export (administrator, accountant). */
    public static final String REGISTER_VIEW = "governance.register.view";
    /** Record subscriptions, payments, redemptions and corrections, and change the capital rule. */
    public static final String REGISTER_MANAGE = "governance.register.manage";
    /** Record candidacies to become associate, the board's and the assembly's decisions, the admission rule. */
    public static final String CANDIDACIES_MANAGE = "governance.candidacies.manage";
    /** Keep the bodies and mandates, call assemblies, record attendance, proxies and votes, close resolutions. */
    public static final String ASSEMBLIES_MANAGE = "governance.assemblies.manage";
    /** Read one's own shares (what one holds, has paid and still owes) and candidacy; apply for oneself. */
    public static final String OWN = "governance.own";

    /** Schemes of the year-end profit split, each year's split, its adoption and its posting (administrator). */
    public static final String SPLIT_MANAGE = "governance.split.manage";

    private GovernancePermissions() {
    }
}
