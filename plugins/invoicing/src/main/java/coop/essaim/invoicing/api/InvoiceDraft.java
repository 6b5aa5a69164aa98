package coop.essaim.invoicing.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The editable part of a draft: the customer, the issue date, the payment term in days ({@code null}: the
 * customer's, or else the cooperative's), the customer's order reference and the lines.
 */
public record InvoiceDraft(long customerId, LocalDate issueDate, Integer paymentDays, String buyerReference,
                           List<LineDraft> lines) {

    public InvoiceDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
