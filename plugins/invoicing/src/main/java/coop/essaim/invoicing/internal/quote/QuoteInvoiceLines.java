package coop.essaim.invoicing.internal.quote;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceDraft;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.InvoiceLine;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.api.QuoteInvoiceKind;
import coop.essaim.invoicing.internal.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lines of an invoice drafted from an accepted quote. The whole quote copies its lines. A deposit or a
 * partial (situation) invoice takes the percentage of each part of the quote that shares a kind and a VAT rate,
 * so its VAT is the quote's at the same rates. The balance is the quote's lines (or, after partial invoices, what
 * is left of each part) and then each validated deposit invoice's lines again as negative {@code DEDUCTION}
 * lines: the customer pays the rest and the deposits leave the deposits account for revenue.
 */
final class QuoteInvoiceLines {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The kind of invoice and its draft. */
    record Planned(InvoiceKind kind, InvoiceDraft draft) {
    }

    private record Part(LineKind kind, String vatCode) {
    }

    private QuoteInvoiceLines() {
    }

    static Planned plan(UserContext actor, Quote quote, QuoteInvoiceKind kind, BigDecimal percent,
                        List<Invoice> drafted, Locale locale, LocalDate today) {
        if (kind == null) {
            throw new ValidationException("kind", Messages.text(actor.locale(), "error.quoteInvoiceKind"));
        }
        return switch (kind) {
            case WHOLE -> {
                if (!drafted.isEmpty()) {
                    throw new ValidationException("kind", Messages.text(actor.locale(), "error.quoteWholeTaken"));
                }
                yield planned(InvoiceKind.INVOICE, quote, today, copy(quote.lines()));
            }
            case DEPOSIT -> {
                BigDecimal p = percent != null ? percent : quote.depositPercent();
                requirePercent(actor, p);
                yield planned(InvoiceKind.DEPOSIT_INVOICE, quote, today, share(quote, p,
                        Messages.text(locale, "quote.line.deposit", p, quote.number())));
            }
            case PARTIAL -> {
                requirePercent(actor, percent);
                yield planned(InvoiceKind.INVOICE, quote, today, share(quote, percent,
                        Messages.text(locale, "quote.line.partial", percent, quote.number())));
            }
            case BALANCE -> planned(InvoiceKind.INVOICE, quote, today, balance(actor, quote, drafted, locale));
        };
    }

    private static List<LineDraft> balance(UserContext actor, Quote quote, List<Invoice> drafted, Locale locale) {
        if (drafted.stream().anyMatch(i -> i.status() != InvoiceStatus.VALIDATED)) {
            throw new ValidationException("kind", Messages.text(actor.locale(), "error.quotePending"));
        }
        List<Invoice> works = drafted.stream().filter(i -> i.kind() == InvoiceKind.INVOICE).toList();
        List<LineDraft> lines = new ArrayList<>();
        if (works.isEmpty()) {
            lines.addAll(copy(quote.lines()));
        } else {
            Map<Part, Long> left = parts(quote.lines());
            works.forEach(i -> parts(i.lines()).forEach((part, net) -> left.merge(part, -net, Long::sum)));
            String text = Messages.text(locale, "quote.line.balance", quote.number());
            left.forEach((part, net) -> {
                if (net > 0) {
                    lines.add(new LineDraft(text, part.kind(), BigDecimal.ONE, "C62",
                            Money.of(net, quote.totalExclVat().currency()), BigDecimal.ZERO, part.vatCode()));
                }
            });
        }
        if (lines.isEmpty()) {
            throw new ValidationException("kind", Messages.text(actor.locale(), "error.quoteNothingLeft"));
        }
        for (Invoice deposit : drafted) {
            if (deposit.kind() != InvoiceKind.DEPOSIT_INVOICE) {
                continue;
            }
            String text = Messages.text(locale, "quote.line.deducted", deposit.number(), deposit.issueDate());
            for (InvoiceLine l : deposit.lines()) {
                lines.add(new LineDraft(text, LineKind.DEDUCTION, BigDecimal.ONE.negate(), "C62", l.net(),
                        BigDecimal.ZERO, l.vatCode()));
            }
        }
        return lines;
    }

    /** {@code percent} of each part of the quote, rounded half up to the cent. */
    private static List<LineDraft> share(Quote quote, BigDecimal percent, String text) {
        List<LineDraft> lines = new ArrayList<>();
        parts(quote.lines()).forEach((part, net) -> {
            Money price = Money.of(net, quote.totalExclVat().currency())
                    .times(percent.divide(HUNDRED), RoundingMode.HALF_UP);
            if (price.isPositive()) {
                lines.add(new LineDraft(text, part.kind(), BigDecimal.ONE, "C62", price, BigDecimal.ZERO,
                        part.vatCode()));
            }
        });
        return lines;
    }

    /** The net amounts of the lines by kind and VAT rate, deductions left out, in the lines' order. */
    private static Map<Part, Long> parts(List<InvoiceLine> lines) {
        Map<Part, Long> parts = new LinkedHashMap<>();
        lines.stream().filter(l -> l.kind() != LineKind.DEDUCTION)
                .forEach(l -> parts.merge(new Part(l.kind(), l.vatCode()), l.net().minorUnits(), Long::sum));
        return parts;
    }

    static List<LineDraft> copy(List<InvoiceLine> lines) {
        return lines.stream().map(l -> new LineDraft(l.description(), l.kind(), l.quantity(), l.unitCode(),
                l.unitPrice(), l.discountPercent(), l.vatCode())).toList();
    }

    private static Planned planned(InvoiceKind kind, Quote quote, LocalDate today, List<LineDraft> lines) {
        return new Planned(kind, new InvoiceDraft(quote.customerId(), today, null, quote.buyerReference(), lines));
    }

    private static void requirePercent(UserContext actor, BigDecimal percent) {
        if (!QuoteContent.isPercent(percent, false)) {
            throw new ValidationException("percent", Messages.text(actor.locale(), "error.quotePercent"));
        }
    }
}
