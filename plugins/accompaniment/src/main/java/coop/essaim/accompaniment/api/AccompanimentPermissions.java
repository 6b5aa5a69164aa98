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

    /** Read the workshop catalogue and sessions, sign oneself up and cancel one's own sign-ups. */
    public static final String WORKSHOPS_VIEW = "accompaniment.workshops.view";
    /**
     * Edit the workshop catalogue and sessions, sign up, confirm and cancel for the people one may manage, read
     * the sign-ups and the workshop statistics.
     */
    public static final String WORKSHOPS_MANAGE = "accompaniment.workshops.manage";
    /** Take the attendance of sessions and print their attendance sheets. */
    public static final String WORKSHOPS_ATTENDANCE = "accompaniment.workshops.attendance";

    private AccompanimentPermissions() {
    }
}
