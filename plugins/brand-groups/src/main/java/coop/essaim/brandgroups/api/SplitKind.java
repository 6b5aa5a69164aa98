package coop.essaim.brandgroups.api;

/** How a brand group shares its available amount among its members for a month. */
public enum SplitKind {
    /** The same share each, weighted by the days each member is present in the month. */
    EQUAL,
    /** Each member's percentage (the percentages of an edition add up to 100), weighted by days present. */
    FIXED_PERCENT,
    /** In proportion to the hours each member worked in the month. */
    PRO_RATA_HOURS,
    /** In proportion to the work each member invoiced in the month (amounts excl. VAT). */
    PRO_RATA_INVOICED,
    /** Each member's fixed amount first (prorated by days present), then the rest in equal shares. */
    FIXED_THEN_EQUAL
}
