package coop.essaim.reporting.api;

/** The permissions of the reporting plugin. */
public final class ReportingPermissions {

    /** Read the activity reports of the cooperative (every site), export them. */
    public static final String VIEW = "reporting.view";

    private ReportingPermissions() {
    }
}
