package coop.essaim.invoicing.internal.invoice;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.InvoiceLine;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.internal.Messages;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * What an invoice may take from its quote, checked again when it is validated (its draft may have been edited
 * since): the validated invoices of a quote never exceed its total excl. VAT, and a deposit is deducted only from
 * an invoice of its quote, never more than the quote's validated deposits not deducted yet. Validations run one
 * at a time under the number series' lock, so the sums read here cannot move before the entry is posted.
 */
final class QuoteLimits {

    private QuoteLimits() {
    }

    static void check(EntityManager em, UserContext actor, InvoiceEntity invoice, InvoiceCalculation.Result computed) {
        long deducting = -deducted(computed.lines());
        if (invoice.getQuoteId() == null) {
            if (deducting != 0) {
                throw new ValidationException("lines", Messages.text(actor.locale(), "error.deductionWithoutQuote"));
            }
            return;
        }
        Object[] quote = em.createQuery("select q.totalExclMinor, q.number from InvoicingQuote q where q.id = :q"
                        + " and q.cooperativeId = :c", Object[].class).setParameter("q", invoice.getQuoteId())
                .setParameter("c", actor.cooperativeId()).getSingleResult();
        List<InvoiceEntity> validated = em.createQuery("select i from InvoicingInvoice i where i.quoteId = :q"
                        + " and i.status = :v and i.id <> :self", InvoiceEntity.class)
                .setParameter("q", invoice.getQuoteId()).setParameter("v", InvoiceStatus.VALIDATED)
                .setParameter("self", invoice.getId()).getResultList();
        long invoiced = validated.stream().mapToLong(i -> i.toRecord().totalExclVat().minorUnits()).sum();
        long total = (Long) quote[0];
        if (invoiced + computed.totalExcl().minorUnits() > total) {
            throw new ValidationException("lines", Messages.text(actor.locale(), "error.quoteExceeded", quote[1],
                    Money.of(total - invoiced, invoice.currency()).format(actor.locale())));
        }
        long deposits = validated.stream().filter(i -> i.getKind() == InvoiceKind.DEPOSIT_INVOICE)
                .mapToLong(i -> i.toRecord().totalExclVat().minorUnits()).sum();
        long alreadyDeducted = -validated.stream().mapToLong(i -> deducted(i.toRecord().lines())).sum();
        if (deducting > deposits - alreadyDeducted) {
            throw new ValidationException("lines", Messages.text(actor.locale(), "error.deductionTooLarge",
                    Money.of(deposits - alreadyDeducted, invoice.currency()).format(actor.locale())));
        }
    }

    /** The deposits a document deducts, in minor units: zero or negative. */
    private static long deducted(List<InvoiceLine> lines) {
        return lines.stream().filter(l -> l.kind() == LineKind.DEDUCTION).mapToLong(l -> l.net().minorUnits())
                .sum();
    }
}
