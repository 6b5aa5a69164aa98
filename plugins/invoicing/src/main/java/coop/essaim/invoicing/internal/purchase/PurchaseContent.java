package coop.essaim.invoicing.internal.purchase;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.sales.VatRate;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.PurchaseLineDraft;
import coop.essaim.invoicing.api.SupplierInvoiceDraft;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.SalesRulebook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a supplier invoice's draft must be, every problem reported at once with its field, and its lines as they
 * are stored: a VAT given as a rate is the net at that rate rounded half up to the cent, line by line, as the
 * supplier's document shows it.
 */
final class PurchaseContent {

    static final int MAX_LINES = 200;

    record Line(String accountCode, String description, Money net, String vatCode, Money vat) {
    }

    record Checked(SupplierInvoiceDraft draft, String number, String numberKey, List<Line> lines) {
    }

    private final SalesRulebook rulebook;
    private final Clock clock;

    PurchaseContent(SalesRulebook rulebook, Clock clock) {
        this.rulebook = rulebook;
        this.clock = clock;
    }

    /** {@code accounts}: the expense accounts a line may be filed under. */
    Checked check(UserContext actor, SupplierInvoiceDraft d, Set<String> accounts) {
        Locale locale = actor.locale();
        List<FieldError> errors = new ArrayList<>();
        Currency currency = Currency.getInstance(rulebook.cooperative(actor).currency());
        String number = d.supplierNumber() == null ? "" : d.supplierNumber().strip();
        if (number.isEmpty() || number.length() > 60) {
            errors.add(new FieldError("supplierNumber", Messages.text(locale, "error.length", 1, 60)));
        }
        if (d.invoiceDate() == null || d.invoiceDate().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("invoiceDate", Messages.text(locale, "error.purchaseDate")));
        }
        if (d.dueDate() == null || (d.invoiceDate() != null && d.dueDate().isBefore(d.invoiceDate()))) {
            errors.add(new FieldError("dueDate", Messages.text(locale, "error.purchaseDue")));
        }
        if (d.lines().isEmpty() || d.lines().size() > MAX_LINES) {
            errors.add(new FieldError("lines", Messages.text(locale, "error.lineCount", MAX_LINES)));
        }
        LocalDate day = d.invoiceDate() == null ? LocalDate.now(clock) : d.invoiceDate();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < d.lines().size(); i++) {
            lines.add(line(actor, "lines[" + i + "].", d.lines().get(i), accounts, currency, day, errors));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Checked(d, number, key(number), List.copyOf(lines));
    }

    /** How two numbers of one supplier are compared: without case, spaces or dashes. */
    static String key(String number) {
        return number.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private Line line(UserContext actor, String field, PurchaseLineDraft l, Set<String> accounts, Currency currency,
                      LocalDate day, List<FieldError> errors) {
        Locale locale = actor.locale();
        String description = l.description() == null ? "" : l.description().strip();
        if (l.accountCode() == null || !accounts.contains(l.accountCode())) {
            errors.add(new FieldError(field + "accountCode", Messages.text(locale, "error.expenseAccount")));
        }
        if (description.isEmpty() || description.length() > 500) {
            errors.add(new FieldError(field + "description", Messages.text(locale, "error.length", 1, 500)));
        }
        boolean netOk = l.net() != null && l.net().isPositive() && l.net().currency().equals(currency);
        if (!netOk) {
            errors.add(new FieldError(field + "net", Messages.text(locale, "error.amount", currency)));
        }
        VatRate rate = null;
        if (l.vatCode() != null && !l.vatCode().isBlank()) {
            try {
                rate = rulebook.rate(actor, l.vatCode().strip(), day, field + "vatCode");
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        Money vat = l.vat();
        if (vat != null && (vat.isNegative() || !vat.currency().equals(currency))) {
            errors.add(new FieldError(field + "vat", Messages.text(locale, "error.purchaseVat", currency)));
            vat = null;
        }
        if (!netOk) {
            return null;
        }
        if (vat == null) {
            vat = rate == null ? Money.zero(currency)
                    : l.net().times(rate.percent().divide(BigDecimal.valueOf(100)), RoundingMode.HALF_UP);
        }
        return new Line(l.accountCode(), description, l.net(), rate == null ? null : rate.code(), vat);
    }
}
