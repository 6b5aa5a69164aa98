package coop.essaim.invoicing.api;

/**
 * What a line sells: a service or goods (they post to different revenue accounts), or, on the invoice that
 * completes a quote, a validated deposit deducted again ({@code DEDUCTION}: a negative quantity, posted back from
 * the customers' deposits account). Only the quotes' invoicing writes deduction lines.
 */
public enum LineKind {
    SERVICE, GOODS, DEDUCTION;

    /** What a user may choose for a line or a catalogue item: deductions are written by the quotes' invoicing. */
    public static java.util.List<LineKind> sold() {
        return java.util.List.of(SERVICE, GOODS);
    }
}
