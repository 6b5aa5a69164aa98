package coop.essaim.accompaniment.api;

/**
 * The permissions of accompaniment. Whatever their grants, a user whose roles are entrepreneur only reaches their
 * own appointments, and never the advisers' private notes.
 */
public final class AccompanimentPermissions {

    /** Read one's own appointments (with their shared notes) and subscribe to them. */
    public static final String VIEW_OWN = "accompaniment.appointments.view-own";
    /** Read the appointments of the people one may read (the core's adviser reach). */
    public static final String READ = "accompaniment.appointments.read";
    /**
     * Schedule and change appointments, record attendance, read and write private notes: for the people one may
     * manage ({@code People.mayManage}).
     */
    public static final String MANAGE = "accompaniment.appointments.manage";
    /** See one's portfolio (the people one is referent of) with its alerts. */
    public static final String PORTFOLIO = "accompaniment.portfolio.view";

    private AccompanimentPermissions() {
    }
}
