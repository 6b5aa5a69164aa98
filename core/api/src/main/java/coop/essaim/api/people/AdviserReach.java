package coop.essaim.api.people;

/**
 * How far an adviser reaches beyond their portfolio (the people whose referent they are), chosen per cooperative
 * with the setting {@link #SETTING}. A person with no referent yet belongs to every adviser's portfolio, so a
 * newcomer at reception can be taken in by whoever meets them. Holding the administrator role lifts the limit,
 * and holding the accountant role lifts it for reading.
 */
public enum AdviserReach {
    /** Advisers read and manage every person and activity: a small cooperative whose advisers share the work. */
    ALL,
    /** Advisers manage their portfolio and read the others' (the default). */
    PORTFOLIO_READ_OTHERS,
    /** Advisers read and manage their portfolio only. */
    PORTFOLIO;

    public static final String SETTING = "core.people.adviser-reach";

    /** The value a cooperative that chose nothing gets. */
    public static final AdviserReach DEFAULT = PORTFOLIO_READ_OTHERS;
}
