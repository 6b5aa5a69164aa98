package coop.essaim.invoicing.internal.invoice;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.internal.document.InvoiceDocument;

import java.util.List;

/**
 * The deposit invoices an invoice takes back as {@code DEDUCTION} lines: the validated deposit invoices of its
 * quote, validated before it (a balance deducts every validated deposit, and its validation refuses deducting
 * more than those), oldest first. Its document names them so the buyer can reconcile (BT-25 in the Factur-X).
 * The invoice itself has already been read with the actor's rights; its deposits share its quote and activity.
 */
final class DeductedDeposits {

    private final ModuleStore store;

    DeductedDeposits(ModuleStore store) {
        this.store = store;
    }

    List<InvoiceDocument.InvoiceReference> of(long cooperativeId, Invoice invoice) {
        if (invoice.lines().stream().noneMatch(l -> l.kind() == LineKind.DEDUCTION)) {
            return List.of();
        }
        return store.read(em -> {
            List<Long> quote = em.createQuery("select i.quoteId from InvoicingInvoice i where i.id = :id"
                            + " and i.cooperativeId = :c", Long.class).setParameter("id", invoice.id())
                    .setParameter("c", cooperativeId).getResultList();
            if (quote.isEmpty() || quote.get(0) == null) {
                return List.<InvoiceDocument.InvoiceReference>of();
            }
            return em.createQuery("select i from InvoicingInvoice i where i.cooperativeId = :c and i.quoteId = :q"
                            + " and i.kind = :deposit and i.status = :validated and i.id <> :self"
                            + " order by i.issueDate, i.id", InvoiceEntity.class)
                    .setParameter("c", cooperativeId).setParameter("q", quote.get(0))
                    .setParameter("deposit", InvoiceKind.DEPOSIT_INVOICE)
                    .setParameter("validated", InvoiceStatus.VALIDATED).setParameter("self", invoice.id())
                    .getResultStream().map(InvoiceEntity::toRecord)
                    .filter(d -> invoice.validatedAt() == null || !d.validatedAt().isAfter(invoice.validatedAt()))
                    .map(d -> new InvoiceDocument.InvoiceReference(d.number(), d.issueDate())).toList();
        });
    }
}
