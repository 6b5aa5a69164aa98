package coop.essaim.invoicing.internal.quote;

import coop.essaim.api.mail.MailAttachment;
import coop.essaim.api.mail.Mailer;
import coop.essaim.api.mail.OutgoingMail;
import coop.essaim.api.mail.SentMail;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.SalesRulebook;
import coop.essaim.invoicing.internal.branding.ActivityBrands;

import java.util.List;
import java.util.Locale;

/**
 * The e-mail a quote is sent with: to the customer's address, in the cooperative's language, signed with its
 * name, the quote's PDF attached, filed in the core's mail history under {@code invoicing:quote:<id>}; sent for
 * the activity (its name in the From line, its contact address as the Reply-To, see {@link ActivityBrands}).
 */
final class QuoteSending {

    private final Mailer mailer;
    private final QuoteFiles files;
    private final SalesRulebook rulebook;
    private final ActivityBrands brands;

    QuoteSending(Mailer mailer, QuoteFiles files, SalesRulebook rulebook, ActivityBrands brands) {
        this.brands = brands;
        this.mailer = mailer;
        this.files = files;
        this.rulebook = rulebook;
    }

    /** Refuses, before anything changes, a customer without an e-mail address. */
    static String address(UserContext actor, Customer customer) {
        String to = customer.details().email();
        if (to == null || to.isBlank()) {
            throw new ValidationException("customer.email", Messages.text(actor.locale(), "error.quoteNoEmail"));
        }
        return to;
    }

    SentMail mail(UserContext actor, Quote quote, String to) {
        String tag = rulebook.cooperative(actor).defaultLocale();
        Locale locale = Locale.forLanguageTag(tag == null ? "fr" : tag);
        String signature = rulebook.cooperative(actor).legalName();
        String subject = Messages.text(locale, "mail.quote.subject", quote.number(), signature);
        String text = Messages.text(locale, "mail.quote.text", quote.number(), quote.issueDate(),
                quote.totalInclVat().format(locale), quote.validUntil(), signature);
        byte[] pdf = files.pdf(actor, quote);
        return mailer.send(actor, OutgoingMail.of(to, subject, text)
                .withAttachment(new MailAttachment(QuoteFiles.fileName(quote), "application/pdf", pdf))
                .withReference(reference(quote.id())), brands.sender(actor, quote.activityId()));
    }

    List<SentMail> history(UserContext actor, long quoteId) {
        return mailer.history(actor, reference(quoteId));
    }

    static String reference(long quoteId) {
        return "invoicing:quote:" + quoteId;
    }
}
