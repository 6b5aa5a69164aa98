package coop.essaim.invoicing.internal.quote;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.api.QuoteDraft;
import coop.essaim.invoicing.internal.InvoicingSettings;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.SalesRulebook;
import coop.essaim.invoicing.internal.customer.CustomerEntity;
import coop.essaim.invoicing.internal.invoice.InvoiceCalculation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A quote's content as the rules and settings make it: the issue date (today when not given), the validity date
 * (the issue date plus the cooperative's validity days when not given, never before the issue date), the deposit
 * percentage (0 to 100) and the lines computed as an invoice's would be on the issue date, with the country's VAT
 * rates and the cooperative's VAT rounding. A discount is a line's percentage: the one {@link InvoiceCalculation}
 * applies before rounding, so the quote and the invoices drafted from it agree to the cent.
 */
final class QuoteContent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SalesRulebook rulebook;
    private final CooperativeSettings settings;
    private final Clock clock;

    QuoteContent(SalesRulebook rulebook, CooperativeSettings settings, Clock clock) {
        this.rulebook = rulebook;
        this.settings = settings;
        this.clock = clock;
    }

    Currency currency(UserContext actor) {
        return Currency.getInstance(rulebook.cooperative(actor).currency());
    }

    /** The language of the cooperative's documents, which the lines of invoices drafted from a quote use. */
    Locale documentLocale(UserContext actor) {
        String tag = rulebook.cooperative(actor).defaultLocale();
        return Locale.forLanguageTag(tag == null ? "fr" : tag);
    }

    void fill(UserContext actor, QuoteEntity quote, CustomerEntity customer, QuoteDraft draft) {
        LocalDate issue = draft.issueDate() == null ? LocalDate.now(clock) : draft.issueDate();
        LocalDate until = draft.validUntil() != null ? draft.validUntil()
                : issue.plusDays(QuoteSettings.validityDays(settings, actor.cooperativeId()));
        BigDecimal deposit = draft.depositPercent() == null ? BigDecimal.ZERO : draft.depositPercent();
        List<FieldError> errors = new ArrayList<>();
        if (until.isBefore(issue)) {
            errors.add(new FieldError("validUntil", Messages.text(actor.locale(), "error.validUntil")));
        }
        if (!isPercent(deposit, true)) {
            errors.add(new FieldError("depositPercent", Messages.text(actor.locale(), "error.depositPercent")));
        }
        String reference = draft.buyerReference() == null || draft.buyerReference().isBlank() ? null
                : draft.buyerReference().strip();
        if (reference != null && reference.length() > 100) {
            errors.add(new FieldError("buyerReference", Messages.text(actor.locale(), "error.length", 1, 100)));
        }
        List<LineDraft> lines = draft.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() == LineKind.DEDUCTION) {
                errors.add(new FieldError("lines[" + i + "].kind", Messages.text(actor.locale(), "error.lineKind")));
            }
        }
        InvoiceCalculation.Result computed = null;
        if (errors.isEmpty()) {
            try {
                computed = compute(actor, lines, issue);
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        quote.fill(customer.getId(), issue, until, deposit, reference, computed, actor.login(), clock.instant());
    }

    private InvoiceCalculation.Result compute(UserContext actor, List<LineDraft> lines, LocalDate issue) {
        Currency currency = currency(actor);
        return InvoiceCalculation.compute(lines, currency,
                InvoicingSettings.Values.of(settings, actor.cooperativeId(), currency).vatRounding(),
                (code, field) -> rulebook.rate(actor, code, issue, field), actor.locale());
    }

    /** 0 (when {@code zeroAllowed}) or above, to 100, with at most two decimals. */
    static boolean isPercent(BigDecimal p, boolean zeroAllowed) {
        return p != null && (zeroAllowed ? p.signum() >= 0 : p.signum() > 0) && p.compareTo(HUNDRED) <= 0
                && p.stripTrailingZeros().scale() <= 2;
    }
}
