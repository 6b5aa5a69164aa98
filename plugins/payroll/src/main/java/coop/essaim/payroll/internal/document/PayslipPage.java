package coop.essaim.payroll.internal.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes top to bottom on A4 pages, opening a new page when the next block does not fit above the footer band,
 * and running the current {@linkplain #onNewPage continuation header} there (the table headings again). After
 * invoicing's PageFlow, without images.
 */
final class PayslipPage implements AutoCloseable {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN = 36;
    static final float LEFT = MARGIN;
    static final float RIGHT = WIDTH - MARGIN;
    /** Kept free at the bottom of every page for the employer, the employee and the page number. */
    static final float FOOTER = 30;

    private final PDDocument document;
    private final PayslipFont font;
    private PDPageContentStream content;
    private float y;
    private Runnable continuation = () -> { };

    PayslipPage(PDDocument document, PayslipFont font) {
        this.document = document;
        this.font = font;
        newPage();
    }

    PayslipFont font() {
        return font;
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    void onNewPage(Runnable header) {
        this.continuation = header;
    }

    /** Opens a new page unless {@code height} points still fit above the footer band. */
    void need(float height) {
        if (y - height < MARGIN + FOOTER) {
            newPage();
            continuation.run();
        }
    }

    private void newPage() {
        closeContent();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = HEIGHT - MARGIN;
    }

    /** One line of text with its baseline at {@code baseline}. */
    void text(float x, float baseline, String text, float size, boolean bold) {
        String drawable = font.drawable(text);
        if (drawable.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setFont(font.pdFont(), size);
            if (bold) {
                // a stroked outline thickens the one embedded font into a bold weight
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                content.setLineWidth(size * 0.04f);
            } else {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.newLineAtOffset(x, baseline);
            content.showText(drawable);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void textRight(float right, float baseline, String text, float size, boolean bold) {
        text(right - width(text, size), baseline, text, size, bold);
    }

    float width(String text, float size) {
        return font.width(font.drawable(text), size);
    }

    /** Splits {@code text} into lines no wider than {@code width}: at spaces, at line breaks, inside a long word. */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        for (String paragraph : text.strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, size) > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), size) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Wrapped text from the current position down. */
    void paragraph(float x, float width, String text, float size, boolean bold) {
        float leading = size * 1.3f;
        for (String line : wrap(text, size, width)) {
            need(leading);
            y -= leading;
            text(x, y, line, size, bold);
        }
    }

    void rule(float from, float to, float at, float thickness) {
        try {
            content.setLineWidth(thickness);
            content.moveTo(from, at);
            content.lineTo(to, at);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void shade(float x, float top, float width, float height, float grey) {
        try {
            content.setNonStrokingColor(grey, grey, grey);
            content.addRect(x, top - height, width, height);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last line of every page: who and which month on the left, "page n / m" on the right. */
    static void footers(PDDocument pdf, PayslipFont font, String left, PayslipText text) {
        int count = pdf.getNumberOfPages();
        float size = 7;
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(pdf, pdf.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                float baseline = MARGIN + 4;
                footer.setLineWidth(0.4f);
                footer.moveTo(LEFT, baseline + 10);
                footer.lineTo(RIGHT, baseline + 10);
                footer.stroke();
                String page = font.drawable(text.text("page", i + 1, count));
                write(footer, font, size, LEFT, baseline, font.drawable(left));
                write(footer, font, size, RIGHT - font.width(page, size), baseline, page);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void write(PDPageContentStream content, PayslipFont font, float size, float x, float y,
                              String line) throws IOException {
        content.beginText();
        content.setFont(font.pdFont(), size);
        content.newLineAtOffset(x, y);
        content.showText(line);
        content.endText();
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    @Override
    public void close() {
        closeContent();
    }
}
