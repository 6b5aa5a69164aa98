package coop.essaim.invoicing.api;

import coop.essaim.api.mail.SentMail;
import coop.essaim.api.security.UserContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Service: the quotes of the actor's activities (reach as in {@link Customers}: reading needs
 * {@link InvoicingPermissions#VIEW}, everything else {@link InvoicingPermissions#WRITE} too; a quote out of reach
 * is not found). Only a draft is changed or deleted; sending gives the next number of the cooperative's yearly
 * quote series ({@code D2026-00001}); the customer's answer is recorded on a sent quote, and an expired quote is
 * no longer accepted. An accepted quote is invoiced, never beyond its total excl. VAT.
 */
public interface Quotes {

    Quote create(UserContext actor, long activityId, QuoteDraft draft);

    Quote change(UserContext actor, long quoteId, QuoteDraft draft);

    void delete(UserContext actor, long quoteId);

    /** Marks the draft sent (the customer got it another way) and gives it its number. */
    Quote markSent(UserContext actor, long quoteId);

    /** E-mails the draft to the customer with its PDF, which marks it sent; nothing changes if the mail fails. */
    SentMail send(UserContext actor, long quoteId);

    Quote accept(UserContext actor, long quoteId);

    Quote refuse(UserContext actor, long quoteId);

    /** A new draft with the quote's customer, lines and deposit, dated today: how a quote is revised. */
    Quote duplicate(UserContext actor, long quoteId);

    /**
     * Drafts an invoice of the accepted quote, linked to it. {@code percent} is the part for {@code PARTIAL}
     * (above 0, at most 100) and may replace the quote's own for {@code DEPOSIT}; it is ignored otherwise.
     */
    Invoice invoice(UserContext actor, long quoteId, QuoteInvoiceKind kind, BigDecimal percent);

    QuoteInvoicing invoicing(UserContext actor, long quoteId);

    Optional<Quote> find(UserContext actor, long quoteId);

    /** The activity's quotes, newest first, in {@code status} ({@code null}: all). */
    List<Quote> of(UserContext actor, long activityId, QuoteStatus status);

    /** The e-mails sent for the quote, newest first. */
    List<SentMail> sendings(UserContext actor, long quoteId);
}
