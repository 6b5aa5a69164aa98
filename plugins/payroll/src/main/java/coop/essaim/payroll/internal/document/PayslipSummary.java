package coop.essaim.payroll.internal.document;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.api.payroll.PayslipLine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Below the lines: the net before income tax and the net taxable, the withholding (base, rate, amount), the net
 * paid, the employer's total cost with its reductions, the parameter edition and the mention to keep the payslip.
 */
final class PayslipSummary {

    private static final float SIZE = PayslipPdf.TEXT_SIZE;
    private static final float LEADING = SIZE * 1.5f;
    private static final float AMOUNT = PayslipPage.RIGHT - 3;
    private static final float TAX_RATE = AMOUNT - 90;
    private static final float TAX_BASE = TAX_RATE - 80;

    private final PayslipPage page;
    private final PayslipText text;
    private final PayslipSheet sheet;

    PayslipSummary(PayslipPage page, PayslipText text, PayslipSheet sheet) {
        this.page = page;
        this.text = text;
        this.sheet = sheet;
    }

    void draw() {
        Payslip payslip = sheet.payslip();
        page.need(LEADING * 12);
        highlighted(text.text("netBeforeTax"), text.money(payslip.netBeforeIncomeTax()));
        plain(text.text("netTaxable"), text.money(payslip.netTaxable()), false);
        page.down(4);
        withholding(payslip);
        page.down(6);
        highlighted(text.text("netPaid"), text.money(payslip.netPaid()));
        plain(text.text("paidOn", text.date(sheet.paymentDate())), "", false);
        page.down(6);
        plain(text.text("employerCost"), text.money(payslip.employerCost()), true);
        Money reductions = reductions(payslip);
        if (!reductions.isZero()) {
            plain(text.text("employerReductions"), text.money(reductions.negate()), false);
        }
        page.down(10);
        page.paragraph(PayslipPage.LEFT, PayslipPage.RIGHT - PayslipPage.LEFT,
                text.text("edition", payslip.parameterEdition()), SIZE - 1, false);
        page.down(4);
        page.paragraph(PayslipPage.LEFT, PayslipPage.RIGHT - PayslipPage.LEFT, text.text("keep"), SIZE, true);
    }

    /** The headings, then the base (the net taxable), the rate and the amount withheld. */
    private void withholding(Payslip payslip) {
        page.down(LEADING);
        float headings = page.y();
        page.textRight(TAX_BASE, headings, text.text("column.base"), SIZE - 0.5f, false);
        page.textRight(TAX_RATE, headings, text.text("column.rate"), SIZE - 0.5f, false);
        page.textRight(AMOUNT, headings, text.text("column.amount"), SIZE - 0.5f, false);
        page.down(LEADING);
        float baseline = page.y();
        BigDecimal personal = payslip.situation().withholdingRatePercent();
        page.text(PayslipPage.LEFT + 3, baseline, text.text("withholding"), SIZE, false);
        page.text(PayslipPage.LEFT + 190, baseline, text.text(personal == null ? "neutralRate" : "personalRate"),
                SIZE - 0.5f, false);
        page.textRight(TAX_BASE, baseline, text.amount(payslip.netTaxable()), SIZE, false);
        page.textRight(TAX_RATE, baseline, text.rate(personal == null ? appliedRate(payslip) : personal), SIZE, false);
        page.textRight(AMOUNT, baseline, text.amount(payslip.withholding()), SIZE, false);
        page.down(4);
        page.rule(PayslipPage.LEFT, PayslipPage.RIGHT, page.y(), 0.2f);
    }

    /**
     * The neutral-grid rate the rules applied, which the payslip does not carry: the amount over the base, to two
     * decimals (the grid's rates have one, so the cent rounding of the amount never shows in the rate).
     */
    static BigDecimal appliedRate(Payslip payslip) {
        if (payslip.netTaxable().isZero() || payslip.withholding().isZero()) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(payslip.withholding().minorUnits()).movePointRight(2)
                .divide(BigDecimal.valueOf(payslip.netTaxable().minorUnits()), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /** The sum of the employer amounts of the reduction lines (negative). */
    static Money reductions(Payslip payslip) {
        Money sum = Money.zero(payslip.gross().currency());
        List<PayslipLine> lines = PayslipLinesTable.sections(payslip).getOrDefault(PayslipSection.REDUCTIONS,
                List.of());
        for (PayslipLine line : lines) {
            sum = sum.plus(line.employerAmount());
        }
        return sum;
    }

    private void highlighted(String label, String amount) {
        page.need(LEADING + 8);
        float top = page.y();
        page.shade(PayslipPage.LEFT, top, PayslipPage.RIGHT - PayslipPage.LEFT, LEADING + 6, 0.85f);
        float baseline = top - LEADING + 1;
        page.text(PayslipPage.LEFT + 3, baseline, label, SIZE + 2, true);
        page.textRight(AMOUNT, baseline, amount, SIZE + 2, true);
        page.down(LEADING + 8);
    }

    private void plain(String label, String amount, boolean bold) {
        page.need(LEADING);
        page.down(LEADING);
        page.text(PayslipPage.LEFT + 3, page.y(), label, SIZE, bold);
        page.textRight(AMOUNT, page.y(), amount, SIZE, bold);
    }
}
