package coop.essaim.invoicing.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A supplier invoice as typed from the supplier's document: the supplier (of the same activity), the supplier's
 * own invoice number (unique per supplier), the invoice's date (today or earlier), its due date (on or after the
 * invoice's date) and its lines.
 */
public record SupplierInvoiceDraft(long supplierId, String supplierNumber, LocalDate invoiceDate, LocalDate dueDate,
                                   List<PurchaseLineDraft> lines) {

    public SupplierInvoiceDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
