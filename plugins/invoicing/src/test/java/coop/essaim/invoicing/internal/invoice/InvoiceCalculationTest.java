package coop.essaim.invoicing.internal.invoice;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.sales.VatCategory;
import coop.essaim.api.sales.VatRate;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.api.VatRounding;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The one place amounts are computed: net per line, VAT rounded per line or per rate, half up to the cent. */
class InvoiceCalculationTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Map<String, VatRate> RATES = Map.of(
            "S20", new VatRate("S20", VatCategory.STANDARD, new BigDecimal("20"), LocalDate.of(2014, 1, 1), null,
                    "445710", "445660", null),
            "S5.5", new VatRate("S5.5", VatCategory.STANDARD, new BigDecimal("5.5"), LocalDate.of(2014, 1, 1), null,
                    "445710", "445660", null),
            "E", new VatRate("E", VatCategory.EXEMPT, BigDecimal.ZERO, LocalDate.of(2014, 1, 1), null, "445710",
                    "445660", "TVA non applicable, art. 293 B du CGI"));

    @Test
    void vatRoundedPerLineAddsTheRoundedLinesAndPerTotalRoundsTheSum() {
        // three lines of 0.03 € at 20 %: each line's VAT is 0.006 €, 0.01 € once rounded; the rate's total is
        // 0.09 € whose VAT, 0.018 €, rounds to 0.02 €
        List<LineDraft> lines = List.of(line("a", "1", "0.03", "S20"), line("b", "1", "0.03", "S20"),
                line("c", "1", "0.03", "S20"));

        var perLine = compute(lines, VatRounding.PER_LINE);
        var perTotal = compute(lines, VatRounding.PER_TOTAL);

        assertEquals(Money.of(9, EUR), perLine.totalExcl());
        assertEquals(Money.of(3, EUR), perLine.totalVat());
        assertEquals(Money.of(1, EUR), perLine.lines().get(0).vat());
        assertEquals(Money.of(2, EUR), perTotal.totalVat());
        assertEquals(Money.of(11, EUR), perTotal.totalIncl());
    }

    @Test
    void netAmountsApplyQuantityAndDiscountThenRoundHalfUp() {
        // 2.5 m at 18.33 € less 10 %: 45.825 € less 4.5825 € is 41.2425 €, 41.24 €; 1.5 days at 333.33 €:
        // 499.995 €, rounded half up to 500.00 €
        var r = compute(List.of(
                new LineDraft("Tissu", LineKind.GOODS, new BigDecimal("2.5"), "MTR", Money.parse("18.33", EUR),
                        new BigDecimal("10"), "S5.5"),
                line("Journées", "1.5", "333.33", "S20")), VatRounding.PER_TOTAL);

        assertEquals(Money.parse("41.24", EUR), r.lines().get(0).net());
        assertEquals(Money.parse("500.00", EUR), r.lines().get(1).net());
        // 41.24 × 5.5 % = 2.2682 → 2.27; 500 × 20 % = 100
        assertEquals(Money.parse("102.27", EUR), r.totalVat());
        assertEquals(2, r.vat().size());
    }

    @Test
    void anExemptLineChargesNoVatAndKeepsItsOwnGroup() {
        var r = compute(List.of(line("Formation", "2", "350.00", "E"), line("Support", "1", "100.00", "S20")),
                VatRounding.PER_LINE);

        assertEquals(Money.parse("800.00", EUR), r.totalExcl());
        assertEquals(Money.parse("20.00", EUR), r.totalVat());
        assertEquals(Money.parse("700.00", EUR), r.vat().get(0).base());
        assertEquals(Money.zero(EUR), r.vat().get(0).tax());
    }

    @Test
    void anEmptyDocumentOrAForeignCurrencyIsRefusedWithTheField() {
        assertEquals("lines", assertThrows(ValidationException.class, () -> compute(List.of(),
                VatRounding.PER_LINE)).errors().get(0).field());
        LineDraft dollars = new LineDraft("x", LineKind.SERVICE, BigDecimal.ONE, "C62",
                Money.parse("1.00", Currency.getInstance("USD")), BigDecimal.ZERO, "S20");
        assertEquals("lines[0].unitPrice", assertThrows(ValidationException.class, () -> compute(List.of(dollars),
                VatRounding.PER_LINE)).errors().get(0).field());
    }

    private static InvoiceCalculation.Result compute(List<LineDraft> lines, VatRounding rounding) {
        return InvoiceCalculation.compute(lines, EUR, rounding, (code, field) -> {
            VatRate rate = RATES.get(code);
            if (rate == null) {
                throw new ValidationException(field, "unknown");
            }
            return rate;
        }, Locale.FRENCH);
    }

    private static LineDraft line(String description, String quantity, String price, String vat) {
        return new LineDraft(description, LineKind.SERVICE, new BigDecimal(quantity), "C62", Money.parse(price, EUR),
                BigDecimal.ZERO, vat);
    }
}
