package coop.essaim.invoicing.api;

import coop.essaim.api.people.ResultPage;
import coop.essaim.api.security.UserContext;

import java.util.Optional;

/**
 * Service: the invoices and credit notes of the actor's activities (reach as in {@link Customers}).
 *
 * <p>Validation gives the next number of the cooperative's yearly series, in the order documents are validated,
 * with no gap even when many are validated at once, and posts the sales entry to the ledger in the same step:
 * either both happen or neither. A validated document is never edited; a credit note corrects it. The VAT rates
 * and the accounts come from the {@code SalesRules} of the cooperative's country.
 */
public interface Invoices {

    Invoice createDraft(UserContext actor, long activityId, InvoiceDraft draft);

    /** Replaces the draft's content; refused once the document is submitted or validated. */
    Invoice changeDraft(UserContext actor, long invoiceId, InvoiceDraft draft);

    /** Deletes a draft that was never validated (it has no number yet, so no gap is made). */
    void deleteDraft(UserContext actor, long invoiceId);

    /**
     * Validates the draft when the actor may ({@link InvoicingPermissions#VALIDATE}, or
     * {@link InvoicingPermissions#SELF_VALIDATE} on an own activity up to the ceiling); otherwise submits it to
     * accounting. Returns the document as it now is.
     */
    Invoice validate(UserContext actor, long invoiceId);

    /**
     * Drafts the credit note that cancels {@code invoiceId} entirely (its lines, negated in effect): edit it to a
     * partial credit, then validate it like an invoice. The credit may not exceed what is left of the invoice.
     */
    Invoice draftCreditNote(UserContext actor, long invoiceId);

    Optional<Invoice> find(UserContext actor, long invoiceId);

    ResultPage<Invoice> list(UserContext actor, InvoiceQuery query);
}
