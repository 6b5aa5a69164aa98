package coop.essaim.invoicing.internal.invoice;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.sales.VatCategory;
import coop.essaim.api.sales.VatRate;
import coop.essaim.invoicing.api.InvoiceLine;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.api.VatRounding;
import coop.essaim.invoicing.internal.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The amounts of a document, computed in one place: each line's net amount is its quantity times its unit
 * price less its discount, rounded half up to the cent; VAT is then rounded half up either per line or per rate
 * (the cooperative's {@link VatRounding}). Nothing else in the module computes an amount.
 */
public final class InvoiceCalculation {

    static final int MAX_LINES = 500;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");
    private static final Pattern UNIT = Pattern.compile("[A-Z0-9]{2,3}");

    /** A VAT rate's part of the document: its taxable base and its VAT. */
    public record VatGroup(VatRate rate, Money base, Money tax) {
    }

    public record Result(List<InvoiceLine> lines, List<VatGroup> vat, Money totalExcl, Money totalVat,
                         Money totalIncl, VatRounding rounding) {
    }

    private InvoiceCalculation() {
    }

    /**
     * Checks and computes. {@code rateOf} resolves a line's VAT code (and refuses an unknown one, naming the
     * field it is given); every problem of every line is reported at once.
     */
    public static Result compute(List<LineDraft> drafts, Currency currency, VatRounding rounding,
                                 BiFunction<String, String, VatRate> rateOf, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        if (drafts.isEmpty() || drafts.size() > MAX_LINES) {
            errors.add(new FieldError("lines", Messages.text(locale, "error.lineCount", MAX_LINES)));
        }
        List<InvoiceLine> lines = new ArrayList<>();
        Map<String, VatRate> rates = new LinkedHashMap<>();
        Map<String, Long> bases = new LinkedHashMap<>();
        Map<String, Long> lineTaxes = new LinkedHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            String at = "lines[" + i + "].";
            LineDraft d = drafts.get(i);
            int before = errors.size();
            check(d, at, currency, locale, errors);
            VatRate rate = null;
            try {
                rate = rateOf.apply(d.vatCode(), at + "vatCode");
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
            if (errors.size() > before || rate == null) {
                continue;
            }
            BigDecimal discount = d.discountPercent() == null ? BigDecimal.ZERO : d.discountPercent();
            long net = BigDecimal.valueOf(d.unitPrice().minorUnits()).multiply(d.quantity())
                    .multiply(HUNDRED.subtract(discount)).divide(HUNDRED)
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
            long lineTax = tax(net, rate);
            String key = rate.category() + "/" + rate.percent().stripTrailingZeros().toPlainString();
            rates.putIfAbsent(key, rate);
            bases.merge(key, net, Math::addExact);
            lineTaxes.merge(key, lineTax, Math::addExact);
            lines.add(new InvoiceLine(i + 1, d.description().strip(), d.kind(), d.quantity(), d.unitCode(),
                    d.unitPrice(), discount, rate.code(), rate.category(), rate.percent(), Money.of(net, currency),
                    Money.of(rounding == VatRounding.PER_LINE ? lineTax : 0, currency)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<VatGroup> groups = new ArrayList<>();
        long excl = 0;
        long vat = 0;
        for (Map.Entry<String, VatRate> g : rates.entrySet()) {
            long base = bases.get(g.getKey());
            long tax = rounding == VatRounding.PER_LINE ? lineTaxes.get(g.getKey()) : tax(base, g.getValue());
            groups.add(new VatGroup(g.getValue(), Money.of(base, currency), Money.of(tax, currency)));
            excl = Math.addExact(excl, base);
            vat = Math.addExact(vat, tax);
        }
        return new Result(lines, groups, Money.of(excl, currency), Money.of(vat, currency),
                Money.of(Math.addExact(excl, vat), currency), rounding);
    }

    /** VAT on {@code net} minor units at the rate, rounded half up to the minor unit: the one rounding of VAT. */
    static long tax(long net, VatRate rate) {
        if (rate.category() != VatCategory.STANDARD) {
            return 0;
        }
        return BigDecimal.valueOf(net).multiply(rate.percent()).divide(HUNDRED)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static void check(LineDraft d, String at, Currency currency, Locale locale, List<FieldError> errors) {
        if (d.description() == null || d.description().isBlank() || d.description().strip().length() > 1000) {
            errors.add(new FieldError(at + "description", Messages.text(locale, "error.length", 1, 1000)));
        }
        if (d.kind() == null) {
            errors.add(new FieldError(at + "kind", Messages.text(locale, "error.lineKind")));
        }
        // a deducted deposit is the one line that takes back: its quantity is negative, every other is positive
        int sign = d.kind() == LineKind.DEDUCTION ? -1 : 1;
        if (d.quantity() == null || d.quantity().signum() != sign || d.quantity().abs().compareTo(MAX_QUANTITY) >= 0
                || d.quantity().stripTrailingZeros().scale() > 3) {
            errors.add(new FieldError(at + "quantity", Messages.text(locale, "error.quantity")));
        }
        if (d.unitCode() == null || !UNIT.matcher(d.unitCode()).matches()) {
            errors.add(new FieldError(at + "unitCode", Messages.text(locale, "error.unitCode")));
        }
        if (d.unitPrice() == null || d.unitPrice().isNegative() || !d.unitPrice().currency().equals(currency)) {
            errors.add(new FieldError(at + "unitPrice", Messages.text(locale, "error.unitPrice", currency)));
        }
        BigDecimal discount = d.discountPercent();
        if (discount != null && (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0
                || discount.stripTrailingZeros().scale() > 2)) {
            errors.add(new FieldError(at + "discountPercent", Messages.text(locale, "error.discount")));
        }
    }
}
