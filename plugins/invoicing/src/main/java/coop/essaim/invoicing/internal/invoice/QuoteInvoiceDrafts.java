package coop.essaim.invoicing.internal.invoice;

import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceDraft;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.internal.customer.CustomerEntity;
import coop.essaim.invoicing.internal.customer.CustomerRegistry;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.util.List;

/**
 * Invoice drafts linked to the quote they come from, written in the caller's transaction (the quotes' book holds
 * the quote's lock while it checks what is left to invoice). Once drafted, they are edited and validated like any
 * invoice.
 */
public final class QuoteInvoiceDrafts {

    private final DraftContent content;
    private final CustomerRegistry customers;
    private final Clock clock;

    public QuoteInvoiceDrafts(DraftContent content, CustomerRegistry customers, Clock clock) {
        this.content = content;
        this.customers = customers;
        this.clock = clock;
    }

    public Invoice create(EntityManager em, UserContext actor, long activityId, long quoteId, InvoiceKind kind,
                          InvoiceDraft draft) {
        CustomerEntity customer = customers.entity(em, actor, draft.customerId(), "customerId");
        InvoiceEntity invoice = new InvoiceEntity(actor.cooperativeId(), activityId, kind,
                content.currency(actor).getCurrencyCode(), null, actor.login(), clock.instant());
        invoice.fromQuote(quoteId);
        content.fill(actor, invoice, customer, draft);
        em.persist(invoice);
        em.flush();
        return invoice.toRecord();
    }

    /** Every invoice drafted from the quote, whatever its status, oldest first. */
    public static List<Invoice> ofQuote(EntityManager em, long cooperativeId, long quoteId) {
        return em.createQuery("select i from InvoicingInvoice i where i.cooperativeId = :c and i.quoteId = :q"
                        + " order by i.id", InvoiceEntity.class).setParameter("c", cooperativeId)
                .setParameter("q", quoteId).getResultStream().map(InvoiceEntity::toRecord).toList();
    }
}
