package coop.essaim.payroll.internal.document;

import coop.essaim.api.money.Money;
import coop.essaim.api.payroll.Payslip;
import coop.essaim.api.payroll.PayslipLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The pay and the contributions as one table: the base salary and the gross, then each line under its
 * {@link PayslipSection} heading (label, base, employee rate and amount, employer rate and amount), then the
 * totals. Headings repeat on a following page.
 */
final class PayslipLinesTable {

    static final float SIZE = 8;
    private static final float LEADING = SIZE * 1.35f;
    private static final float EMPLOYER_AMOUNT = PayslipPage.RIGHT - 3;
    private static final float EMPLOYER_RATE = EMPLOYER_AMOUNT - 68;
    private static final float EMPLOYEE_AMOUNT = EMPLOYER_RATE - 52;
    private static final float EMPLOYEE_RATE = EMPLOYEE_AMOUNT - 68;
    private static final float BASE = EMPLOYEE_RATE - 52;
    private static final float LABEL_LEFT = PayslipPage.LEFT + 3;
    private static final float LABEL_WIDTH = BASE - 62 - LABEL_LEFT;

    private final PayslipPage page;
    private final PayslipText text;
    private final PayslipSheet sheet;
    private final BiFunction<String, Locale, String> labels;

    PayslipLinesTable(PayslipPage page, PayslipText text, PayslipSheet sheet,
                      BiFunction<String, Locale, String> labels) {
        this.page = page;
        this.text = text;
        this.sheet = sheet;
        this.labels = labels;
    }

    void draw() {
        Payslip payslip = sheet.payslip();
        page.need(LEADING * 8);
        headings();
        page.onNewPage(this::headings);
        pay(payslip);
        for (Map.Entry<PayslipSection, List<PayslipLine>> section : sections(payslip).entrySet()) {
            sectionHeading(section.getKey());
            for (PayslipLine line : section.getValue()) {
                row(line);
            }
        }
        page.need(LEADING + 6);
        page.shade(PayslipPage.LEFT, page.y(), PayslipPage.RIGHT - PayslipPage.LEFT, LEADING + 4, 0.88f);
        float baseline = page.y() - LEADING + 1;
        page.text(LABEL_LEFT, baseline, text.text("total.contributions"), SIZE, true);
        page.textRight(EMPLOYEE_AMOUNT, baseline, text.amount(payslip.employeeContributions()), SIZE, true);
        page.textRight(EMPLOYER_AMOUNT, baseline, text.amount(payslip.employerContributions()), SIZE, true);
        page.down(LEADING + 12);
        page.onNewPage(() -> { });
    }

    /** The sections in the clarified payslip's order, each with its lines in the rules' order. */
    static Map<PayslipSection, List<PayslipLine>> sections(Payslip payslip) {
        Map<PayslipSection, List<PayslipLine>> sections = new EnumMap<>(PayslipSection.class);
        for (PayslipLine line : payslip.lines()) {
            sections.computeIfAbsent(PayslipSection.of(line), s -> new ArrayList<>()).add(line);
        }
        return sections;
    }

    private void headings() {
        float top = page.y();
        page.shade(PayslipPage.LEFT, top, PayslipPage.RIGHT - PayslipPage.LEFT, LEADING * 2 + 6, 0.80f);
        float first = top - LEADING;
        centre(text.text("column.employee"), EMPLOYEE_RATE - 44, EMPLOYEE_AMOUNT, first);
        centre(text.text("column.employer"), EMPLOYER_RATE - 44, EMPLOYER_AMOUNT, first);
        float second = first - LEADING;
        page.text(LABEL_LEFT, second, text.text("column.item"), SIZE, true);
        page.textRight(BASE, second, text.text("column.base"), SIZE, true);
        page.textRight(EMPLOYEE_RATE, second, text.text("column.rate"), SIZE, true);
        page.textRight(EMPLOYEE_AMOUNT, second, text.text("column.amount"), SIZE, true);
        page.textRight(EMPLOYER_RATE, second, text.text("column.rate"), SIZE, true);
        page.textRight(EMPLOYER_AMOUNT, second, text.text("column.amount"), SIZE, true);
        page.down(LEADING * 2 + 10);
    }

    private void centre(String heading, float from, float to, float baseline) {
        float width = page.width(heading, SIZE);
        page.text(from + (to - from - width) / 2, baseline, heading, SIZE, true);
    }

    /** The base salary (hours times the hourly rate shown) and the gross the contributions are computed on. */
    private void pay(Payslip payslip) {
        page.need(LEADING * 3);
        float baseline = page.y() - LEADING + 2;
        page.text(LABEL_LEFT, baseline, text.text("baseSalary"), SIZE, false);
        page.textRight(BASE, baseline, text.text("hours", text.hours(sheet.hoursPaid())), SIZE, false);
        page.textRight(EMPLOYEE_RATE, baseline, text.amount(sheet.hourlyRate()), SIZE, false);
        page.textRight(EMPLOYEE_AMOUNT, baseline, text.amount(payslip.gross()), SIZE, false);
        page.down(LEADING);
        baseline = page.y() - LEADING + 2;
        page.text(LABEL_LEFT, baseline, text.text("gross"), SIZE, true);
        page.textRight(EMPLOYEE_AMOUNT, baseline, text.amount(payslip.gross()), SIZE, true);
        page.down(LEADING + 4);
        page.rule(PayslipPage.LEFT, PayslipPage.RIGHT, page.y(), 0.6f);
    }

    private void sectionHeading(PayslipSection section) {
        page.need(LEADING * 3);
        page.down(3);
        page.text(LABEL_LEFT, page.y() - LEADING + 2, text.text(section.key()).toUpperCase(text.locale()), SIZE,
                true);
        page.down(LEADING);
    }

    private void row(PayslipLine line) {
        List<String> label = page.wrap(labels.apply(line.code(), text.locale()), SIZE, LABEL_WIDTH);
        if (label.isEmpty()) {
            label = List.of(line.code());
        }
        page.need(label.size() * LEADING + 2);
        page.down(LEADING);
        float baseline = page.y() + 2;
        // the label first, then the figures on its first line: text extraction reads the row in that order
        page.text(LABEL_LEFT + 6, baseline, label.get(0), SIZE, false);
        page.textRight(BASE, baseline, text.amount(line.base()), SIZE, false);
        rateAndAmount(EMPLOYEE_RATE, EMPLOYEE_AMOUNT, baseline, line.employeeRatePercent(), line.employeeAmount());
        rateAndAmount(EMPLOYER_RATE, EMPLOYER_AMOUNT, baseline, line.employerRatePercent(), line.employerAmount());
        for (String part : label.subList(1, label.size())) {
            page.down(LEADING);
            page.text(LABEL_LEFT + 6, page.y() + 2, part, SIZE, false);
        }
        page.down(2);
        page.rule(PayslipPage.LEFT, PayslipPage.RIGHT, page.y(), 0.15f);
    }

    /** A side that pays nothing stays blank, as on the model payslip, rather than showing a zero. */
    private void rateAndAmount(float rateRight, float amountRight, float baseline, BigDecimal rate, Money amount) {
        if (rate != null) {
            page.textRight(rateRight, baseline, text.rate(rate), SIZE, false);
        }
        if (rate != null || !amount.isZero()) {
            page.textRight(amountRight, baseline, text.amount(amount), SIZE, false);
        }
    }
}
