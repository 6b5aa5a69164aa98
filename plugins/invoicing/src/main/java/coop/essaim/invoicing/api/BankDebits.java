package coop.essaim.invoicing.api;

import coop.essaim.api.security.UserContext;

import java.util.List;

/**
 * Service: the debits of the cooperative's imported bank statements ({@link BankStatements} imports them), matched
 * by accounting to what they pay: a validated supplier invoice not paid in full, or a validated expense note
 * awaiting its reimbursement. Confirming a match records that payment or reimbursement (posted to the bank journal)
 * in the same step. Everything needs {@link InvoicingPermissions#RECORD_PAYMENTS}.
 */
public interface BankDebits {

    /** What a debit may pay, with why, best first: exactly one of {@code supplierInvoice} and {@code expenseNote}. */
    record DebitSuggestion(SupplierInvoice supplierInvoice, ExpenseNote expenseNote, int score, List<String> reasons) {

        public DebitSuggestion {
            reasons = List.copyOf(reasons);
        }
    }

    /** A debit once matched: the line, and the supplier payment or the expense note it settled. */
    record DebitMatch(BankLine line, Long supplierInvoiceId, Long supplierPaymentId, Long expenseNoteId) {
    }

    /** The debits not matched yet, oldest first (amounts negative, as on the statement). */
    List<BankLine> unmatched(UserContext actor);

    /**
     * Supplier invoices by the supplier's invoice number or name in the label and the exact amount due; expense
     * notes by their exact total and the member's name. None for a credit.
     */
    List<DebitSuggestion> suggestions(UserContext actor, long bankLineId);

    /** Records the debit as a payment of the supplier invoice (what it pays may be part of what is due). */
    DebitMatch confirmSupplierInvoice(UserContext actor, long bankLineId, long supplierInvoiceId);

    /** Records the debit as the expense note's reimbursement; the amounts must be equal. */
    DebitMatch confirmExpenseNote(UserContext actor, long bankLineId, long expenseNoteId);
}
