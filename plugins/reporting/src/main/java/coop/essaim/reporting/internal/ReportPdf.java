package coop.essaim.reporting.internal;

import coop.essaim.reporting.api.ActivityReport;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The activity report as a PDF for the partners' committee (PDFBox, A4 landscape): the title and scope, the
 * table of every measure over five years with the change, the notes, the charts drawn directly as bars with their
 * figures, and the year's mixes. The same figures as the page, formatted for the reader's language.
 */
public final class ReportPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 40;
    private static final float LABEL_WIDTH = 300;
    private static final float YEAR_WIDTH = 72;
    private static final float ROW = 14;
    private static final float CHART_HEIGHT = 120;

    private final PDDocument doc;
    private final PDType0Font font;
    private final Locale locale;
    private PDPageContentStream out;
    private float y;

    private ReportPdf(PDDocument doc, PDType0Font font, Locale locale) {
        this.doc = doc;
        this.font = font;
        this.locale = locale;
    }

    public static byte[] write(ActivityReport report, String cooperativeName, Locale locale) {
        try (PDDocument doc = new PDDocument(); InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox does not ship " + FONT + " any more");
            }
            ReportPdf pdf = new ReportPdf(doc, PDType0Font.load(doc, in, true), locale);
            pdf.render(report, cooperativeName);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void render(ActivityReport report, String cooperativeName) throws IOException {
        Messages m = new Messages(locale);
        ReportFormat format = new ReportFormat(locale);
        String scope = report.siteName() == null ? m.text("pdf.cooperative") : report.siteName();
        String title = m.text("pdf.title", String.valueOf(report.year()), scope);
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setAuthor(cooperativeName);
        doc.setDocumentInformation(info);
        newPage();
        text(MARGIN, cooperativeName, 11);
        y -= 22;
        text(MARGIN, title, 18);
        y -= 26;
        // the table
        float x = MARGIN + LABEL_WIDTH;
        text(MARGIN, m.text("csv.measure"), 9);
        for (int year : report.years()) {
            right(x += YEAR_WIDTH, String.valueOf(year), 9);
        }
        right(x + YEAR_WIDTH, m.text("csv.change"), 9);
        y -= 4;
        line(MARGIN, y, x + YEAR_WIDTH, y);
        y -= ROW;
        for (ActivityReport.Row row : report.rows()) {
            room(ROW);
            text(MARGIN, fit(row.label(), 9, LABEL_WIDTH - 6), 9);
            float cx = MARGIN + LABEL_WIDTH;
            for (ActivityReport.Cell c : row.cells()) {
                right(cx += YEAR_WIDTH, format.cell(row.unit(), c), 9);
            }
            right(cx + YEAR_WIDTH, format.change(row.unit(), row.change()), 9);
            y -= ROW;
        }
        y -= 6;
        room(2 * ROW);
        text(MARGIN, m.text("pdf.gender"), 8);
        y -= ROW;
        text(MARGIN, m.text("pdf.withheld"), 8);
        y -= 2 * ROW;
        for (ReportCharts.Chart chart : ReportCharts.of(report, locale)) {
            chart(chart);
        }
        for (ActivityReport.Row row : report.rows()) {
            if (!row.parts().isEmpty()) {
                mix(row, report.year());
            }
        }
        out.close();
    }

    /** The bars from the exact values (cents, people), each with its figure above and its label below. */
    private void chart(ReportCharts.Chart chart) throws IOException {
        room(CHART_HEIGHT + 60);
        text(MARGIN, chart.title(), 12);
        y -= 18;
        List<BarChart.Bar> bars = chart.bars();
        long max = bars.stream().mapToLong(BarChart.Bar::height).max().orElse(0);
        float width = PDRectangle.A4.getHeight() - 2 * MARGIN;
        float slot = width / Math.max(bars.size(), 1);
        float barWidth = Math.max(8, slot * 0.6f);
        float base = y - CHART_HEIGHT - 12;
        for (int i = 0; i < bars.size(); i++) {
            BarChart.Bar b = bars.get(i);
            float h = max <= 0 || b.height() <= 0 ? 0 : CHART_HEIGHT * b.height() / max;
            float bx = MARGIN + i * slot + (slot - barWidth) / 2;
            if (h > 0) { // a zero is its figure on the axis, not a flat bar
                out.setNonStrokingColor(0.18f, 0.44f, 0.62f);
                out.addRect(bx, base, barWidth, h);
                out.fill();
                out.setNonStrokingColor(0f, 0f, 0f);
            }
            centred(bx + barWidth / 2, base + h + 3, b.figure(), 8);
            centred(bx + barWidth / 2, base - 11, fit(b.label(), 8, slot - 4), 8);
        }
        line(MARGIN, base, MARGIN + width, base);
        y = base - 30;
    }

    private void mix(ActivityReport.Row row, int year) throws IOException {
        room(ROW * 3);
        text(MARGIN, row.label() + " — " + year, 11);
        y -= ROW + 2;
        for (ActivityReport.Part p : row.parts()) {
            room(ROW);
            text(MARGIN + 10, fit(p.label(), 9, LABEL_WIDTH), 9);
            right(MARGIN + LABEL_WIDTH + 60, String.valueOf(p.count()), 9);
            y -= ROW;
        }
        y -= ROW;
    }

    private void room(float needed) throws IOException {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void text(float x, String s, float size) throws IOException {
        at(x, y, s, size);
    }

    private void right(float x, String s, float size) throws IOException {
        String shown = drawable(s);
        at(x - width(shown, size) - 4, y, shown, size);
    }

    private void centred(float x, float atY, String s, float size) throws IOException {
        String shown = drawable(s);
        at(x - width(shown, size) / 2, atY, shown, size);
    }

    private void at(float x, float atY, String s, float size) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, atY);
        out.showText(drawable(s));
        out.endText();
    }

    private void line(float x1, float y1, float x2, float y2) throws IOException {
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }

    private float width(String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** The text cut with an ellipsis to fit {@code max} points. */
    private String fit(String s, float size, float max) throws IOException {
        String shown = drawable(s);
        if (width(shown, size) <= max) {
            return shown;
        }
        while (shown.length() > 1 && width(shown + "…", size) > max) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown + "…";
    }

    /** French number grouping's narrow spaces as no-break spaces; a character the font lacks as "?". */
    private String drawable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(cp -> {
            int c = cp != ' ' && Character.isSpaceChar(cp) ? 0x00A0 : cp;
            try {
                font.encode(new String(Character.toChars(c)));
                shown.appendCodePoint(c);
            } catch (IllegalArgumentException | IOException e) {
                shown.append('?');
            }
        });
        return shown.toString();
    }
}
