package coop.essaim.api.web;

/** The sections of the main menu, in the order they are shown. A module may use its own section name too. */
public final class MenuSection {
    public static final String ACTIVITY = "activity";
    public static final String PEOPLE = "people";
    public static final String ACCOUNTING = "accounting";
    public static final String SUPPORT = "support";
    public static final String GOVERNANCE = "governance";
    public static final String REPORTS = "reports";
    public static final String ADMINISTRATION = "administration";

    private MenuSection() {
    }
}
