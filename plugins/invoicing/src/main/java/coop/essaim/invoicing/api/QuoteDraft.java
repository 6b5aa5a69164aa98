package coop.essaim.invoicing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The editable part of a quote: the customer, the issue date ({@code null}: today), the validity date
 * ({@code null}: the issue date plus the cooperative's {@code invoicing.quote-validity-days}), the deposit asked
 * at acceptance as a percentage of the total incl. VAT (0 to 100, {@code null}: none), the customer's reference
 * and the lines. A discount is given per line ({@link LineDraft#discountPercent()}).
 */
public record QuoteDraft(long customerId, LocalDate issueDate, LocalDate validUntil, BigDecimal depositPercent,
                         String buyerReference, List<LineDraft> lines) {

    public QuoteDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
