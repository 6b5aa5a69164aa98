package coop.essaim.invoicing.internal.invoice;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.sales.SalesRules;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceDraft;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.internal.InvoicingSettings;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.SalesRulebook;
import coop.essaim.invoicing.internal.customer.CustomerEntity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A draft's content as the rules and settings make it: the issue date (today when not given), the payment term
 * (the draft's, else the customer's, else the cooperative's; at most 60 days as French law caps it) and the lines
 * computed at the rates in force on the issue date.
 */
public final class DraftContent {

    static final int MAX_PAYMENT_DAYS = 60;

    private final SalesRulebook rulebook;
    private final CooperativeSettings settings;
    private final Clock clock;

    public DraftContent(SalesRulebook rulebook, CooperativeSettings settings, Clock clock) {
        this.rulebook = rulebook;
        this.settings = settings;
        this.clock = clock;
    }

    Currency currency(UserContext actor) {
        return Currency.getInstance(rulebook.cooperative(actor).currency());
    }

    SalesRules rules(UserContext actor) {
        return rulebook.rules(actor);
    }

    InvoicingSettings.Values settings(UserContext actor) {
        return InvoicingSettings.Values.of(settings, actor.cooperativeId(), currency(actor));
    }

    void fill(UserContext actor, InvoiceEntity invoice, CustomerEntity customer, InvoiceDraft draft) {
        LocalDate issue = draft.issueDate() == null ? LocalDate.now(clock) : draft.issueDate();
        Integer customerDays = customer.toRecord().details().paymentDays();
        int days = draft.paymentDays() != null ? draft.paymentDays()
                : customerDays != null ? customerDays : settings(actor).paymentDays();
        List<FieldError> errors = new ArrayList<>();
        if (days < 0 || days > MAX_PAYMENT_DAYS) {
            errors.add(new FieldError("paymentDays", Messages.text(actor.locale(), "error.paymentDays")));
        }
        String reference = draft.buyerReference() == null || draft.buyerReference().isBlank() ? null
                : draft.buyerReference().strip();
        if (reference != null && reference.length() > 100) {
            errors.add(new FieldError("buyerReference", Messages.text(actor.locale(), "error.length", 1, 100)));
        }
        InvoiceCalculation.Result computed;
        try {
            computed = compute(actor, draft.lines(), issue);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            computed = null;
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        invoice.fill(customer.getId(), issue, days, reference, computed, actor.login(), clock.instant());
    }

    /** Computes the stored lines again with today's settings, just before validation fixes them. */
    InvoiceCalculation.Result refill(UserContext actor, InvoiceEntity invoice) {
        Invoice current = invoice.toRecord();
        InvoiceCalculation.Result computed = compute(actor, linesOf(current), current.issueDate());
        invoice.fill(current.customerId(), current.issueDate(), current.paymentDays(), current.buyerReference(),
                computed, actor.login(), clock.instant());
        return computed;
    }

    private InvoiceCalculation.Result compute(UserContext actor, List<LineDraft> lines, LocalDate issue) {
        return InvoiceCalculation.compute(lines, currency(actor), settings(actor).vatRounding(),
                (code, field) -> rulebook.rate(actor, code, issue, field), actor.locale());
    }

    /** The lines of a document as a draft types them: how a credit note starts from the invoice it corrects. */
    static InvoiceDraft copyOf(Invoice invoice, LocalDate issue) {
        return new InvoiceDraft(invoice.customerId(), issue, 0, invoice.buyerReference(), linesOf(invoice));
    }

    private static List<LineDraft> linesOf(Invoice invoice) {
        return invoice.lines().stream().map(l -> new LineDraft(l.description(), l.kind(), l.quantity(), l.unitCode(),
                l.unitPrice(), l.discountPercent(), l.vatCode())).toList();
    }
}
