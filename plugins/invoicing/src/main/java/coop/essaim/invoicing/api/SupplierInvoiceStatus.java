package coop.essaim.invoicing.api;

/**
 * Where a supplier invoice stands: typed by the activity ({@code DRAFT}), handed to accounting
 * ({@code SUBMITTED}; refused back to a draft with a reason), posted to the ledger ({@code VALIDATED}, paid in
 * part or not at all) and {@code PAID} in full.
 */
public enum SupplierInvoiceStatus {
    DRAFT, SUBMITTED, VALIDATED, PAID
}
