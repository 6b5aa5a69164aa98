package coop.essaim.payroll.internal.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Draws a payslip as a PDF in the layout of the French clarified payslip (arrêté of 25 February 2016): the
 * employer and the employee, the period, the pay and the contributions grouped by risk with their totals, the net
 * before income tax, the withholding, the net paid, the employer's total cost, the parameter edition the rules
 * applied and the mention to keep the payslip. It draws the figures of the {@link coop.essaim.api.payroll.Payslip};
 * it never computes one. Line labels come from the country's rules ({@code PayrollRules::lineLabel}).
 */
public final class PayslipPdf {

    private static final Logger LOG = LoggerFactory.getLogger(PayslipPdf.class);
    static final float TITLE_SIZE = 16;
    static final float TEXT_SIZE = 8.5f;

    private final BiFunction<String, Locale, String> labels;

    public PayslipPdf(BiFunction<String, Locale, String> labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    public byte[] render(PayslipSheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        PayslipText text = new PayslipText(sheet.locale());
        try (PDDocument pdf = new PDDocument()) {
            PayslipFont font = PayslipFont.load(pdf);
            try (PayslipPage page = new PayslipPage(pdf, font)) {
                header(page, sheet, text);
                parties(page, sheet, text);
                employment(page, sheet, text);
                jobs(page, sheet, text);
                new PayslipLinesTable(page, text, sheet, labels).draw();
                new PayslipSummary(page, text, sheet).draw();
            }
            String who = String.join(" – ", sheet.employer().name(), sheet.employee().fullName(),
                    text.month(sheet.period()));
            PayslipPage.footers(pdf, font, who, text);
            describe(pdf, text.text("title") + " " + who, sheet.employer().name());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            LOG.debug("payslip of {} for {} drawn on {} pages", sheet.employee().personNumber(), sheet.period(),
                    pdf.getNumberOfPages());
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the payslip of " + sheet.employee().personNumber()
                    + " for " + sheet.period(), e);
        }
    }

    private static void header(PayslipPage page, PayslipSheet sheet, PayslipText text) {
        float top = page.y();
        page.text(PayslipPage.LEFT, top - TITLE_SIZE, text.text("title"), TITLE_SIZE, true);
        float x = PayslipPage.RIGHT - 230;
        float y = top - TEXT_SIZE * 1.4f;
        page.text(x, y, text.text("period"), TEXT_SIZE, false);
        page.textRight(PayslipPage.RIGHT, y, text.month(sheet.period()), TEXT_SIZE + 1, true);
        y -= TEXT_SIZE * 1.4f;
        page.text(x, y, text.text("periodDays", text.date(sheet.period().atDay(1)),
                text.date(sheet.period().atEndOfMonth())), TEXT_SIZE, false);
        y -= TEXT_SIZE * 1.4f;
        page.text(x, y, text.text("paymentDate"), TEXT_SIZE, false);
        page.textRight(PayslipPage.RIGHT, y, text.date(sheet.paymentDate()), TEXT_SIZE, false);
        page.down(top - y + 14);
    }

    /** The employer on the left, the employee in a shaded box on the right, as a window envelope shows it. */
    private static void parties(PayslipPage page, PayslipSheet sheet, PayslipText text) {
        PayslipSheet.Employer employer = sheet.employer();
        List<String> left = new ArrayList<>(employer.addressLines());
        left.add(registration(employer.registrationNumber(), text));
        if (present(employer.activityCode())) {
            left.add(text.text("employer.ape", employer.activityCode().strip()));
        }
        if (present(employer.urssafNumber())) {
            left.add(text.text("employer.urssaf", employer.urssafNumber().strip()));
        }
        PayslipSheet.Employee employee = sheet.employee();
        float top = page.y();
        float boxX = PayslipPage.RIGHT - 230;
        float leading = TEXT_SIZE * 1.35f;
        float boxHeight = 12 + (employee.addressLines().size() + 1) * leading + 8;
        page.shade(boxX - 8, top + 4, PayslipPage.RIGHT - boxX + 8, boxHeight, 0.93f);
        page.text(PayslipPage.LEFT, top - leading, employer.name(), TEXT_SIZE + 1.5f, true);
        float y = top - leading;
        for (String line : left) {
            y -= leading;
            page.text(PayslipPage.LEFT, y, line, TEXT_SIZE, false);
        }
        float right = top - leading;
        page.text(boxX, right, employee.fullName(), TEXT_SIZE + 1.5f, true);
        for (String line : employee.addressLines()) {
            right -= leading;
            page.text(boxX, right, line, TEXT_SIZE, false);
        }
        page.down(top - Math.min(y, top - boxHeight) + 14);
    }

    /** SIREN for the 9 digits of a company, SIRET for the 14 of an establishment. */
    static String registration(String number, PayslipText text) {
        String digits = number.replaceAll("\\s", "");
        return text.text(digits.length() == 9 ? "employer.siren" : "employer.siret", number.strip());
    }

    /** The employment in two columns: number, job and status; contract, entry date and activity. */
    private static void employment(PayslipPage page, PayslipSheet sheet, PayslipText text) {
        PayslipSheet.Employee employee = sheet.employee();
        String[][] left = {
                {text.text("employee.number"), employee.personNumber()},
                {text.text("employee.job"), employee.jobTitle()},
                {text.text("employee.status"), text.text(employee.executive() ? "executive" : "nonExecutive")},
        };
        String[][] right = {
                {text.text("employee.contract"), employee.contractKind()},
                {text.text("employee.entry"), text.date(employee.entryDate())},
                {text.text("employee.activity"), sheet.activityName()},
        };
        float leading = TEXT_SIZE * 1.4f;
        float middle = (PayslipPage.LEFT + PayslipPage.RIGHT) / 2;
        page.rule(PayslipPage.LEFT, PayslipPage.RIGHT, page.y() + 4, 0.4f);
        for (int i = 0; i < left.length; i++) {
            page.down(leading);
            float baseline = page.y();
            page.text(PayslipPage.LEFT, baseline, left[i][0], TEXT_SIZE, false);
            page.text(PayslipPage.LEFT + 90, baseline, left[i][1], TEXT_SIZE, true);
            page.text(middle + 10, baseline, right[i][0], TEXT_SIZE, false);
            page.text(middle + 100, baseline, right[i][1], TEXT_SIZE, true);
        }
        page.down(8);
        page.rule(PayslipPage.LEFT, PayslipPage.RIGHT, page.y(), 0.4f);
        page.down(12);
    }

    /** The short job contracts the payslip pays, one line each: dates, description, hours, gross. */
    private static void jobs(PayslipPage page, PayslipSheet sheet, PayslipText text) {
        if (sheet.jobs().isEmpty()) {
            return;
        }
        float leading = TEXT_SIZE * 1.4f;
        page.down(leading);
        page.text(PayslipPage.LEFT, page.y(), text.text("jobs"), TEXT_SIZE, true);
        for (PayslipSheet.JobLine job : sheet.jobs()) {
            page.down(leading);
            String days = job.firstDay().equals(job.lastDay()) ? text.date(job.firstDay())
                    : text.text("periodDays", text.date(job.firstDay()), text.date(job.lastDay()));
            page.text(PayslipPage.LEFT, page.y(), days, TEXT_SIZE, false);
            page.text(PayslipPage.LEFT + 120, page.y(), job.description(), TEXT_SIZE, false);
            page.textRight(PayslipPage.RIGHT - 90, page.y(), text.text("hours",
                    job.hours().stripTrailingZeros().toPlainString()), TEXT_SIZE, false);
            page.textRight(PayslipPage.RIGHT, page.y(), text.money(job.gross()), TEXT_SIZE, false);
        }
        page.down(8);
        page.rule(PayslipPage.LEFT, PayslipPage.RIGHT, page.y(), 0.4f);
        page.down(12);
    }

    private static void describe(PDDocument pdf, String title, String author) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("Essaim (Apache PDFBox)");
        info.setProducer("Essaim (Apache PDFBox)");
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
