package coop.essaim.treasuryadvances.internal.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * The eligibility rules from {@code validFrom}: a salary advance plus what the activity already owes may reach
 * {@code invoiceShare} % of its unpaid invoices not yet overdue; an activity owes at most {@code activityCeiling}
 * (minor units); the cooperative's whole exposure at most {@code exposureShare} % of its treasury or of the
 * {@code fund}; an activity must be {@code minSeniorityMonths} old; a delegate decides alone up to
 * {@code delegateThreshold}. {@code autoEnabled}: salary advances up to {@code autoInvoiceShare} % of the unpaid
 * invoices are granted without a vote to the {@code autoActivityIds} (every activity when empty).
 */
public record RuleEdition(LocalDate validFrom, BigDecimal invoiceShare, long activityCeiling, ExposureBase exposureBase,
                          BigDecimal exposureShare, long fund, int minSeniorityMonths, long delegateThreshold,
                          boolean autoEnabled, BigDecimal autoInvoiceShare, Set<Long> autoActivityIds) {

    public enum ExposureBase {
        TREASURY, FUND
    }

    public RuleEdition {
        autoActivityIds = autoActivityIds == null ? Set.of() : Set.copyOf(autoActivityIds);
    }

    /**
     * Until a cooperative sets its own: advances up to 80 % of the unpaid invoices, 5,000.00 per activity, the
     * whole exposure within 30 % of the treasury, activities of three months at least, a delegate up to 1,000.00,
     * no automatic advances.
     */
    public static RuleEdition defaults() {
        return new RuleEdition(LocalDate.of(2000, 1, 1), new BigDecimal("80"), 500_000, ExposureBase.TREASURY,
                new BigDecimal("30"), 0, 3, 100_000, false, new BigDecimal("50"), Set.of());
    }

    public boolean automaticFor(long activityId) {
        return autoEnabled && (autoActivityIds.isEmpty() || autoActivityIds.contains(activityId));
    }
}
