package coop.essaim.governance.internal;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The page set-up the module's PDFs share (share certificates, convocations, minutes): A4, lines of text in
 * Liberation Sans (shipped by PDFBox, embedded as a subset, so accents and the euro sign print), a title, headings,
 * long lines wrapped at the margin and a new page when one is full. Built line by line, then {@link #pdf()}.
 */
public final class PlainDocument {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 70;
    private static final float TOP = 90;
    private static final float BOTTOM = 60;

    private record Line(String text, float size, float gap) {
    }

    private final List<Line> lines = new ArrayList<>();

    public PlainDocument title(String text) {
        lines.add(new Line(text, 20, 32));
        return this;
    }

    public PlainDocument heading(String text) {
        lines.add(new Line(text, 14, 24));
        return this;
    }

    /** A line of text; line breaks in it start new lines. */
    public PlainDocument line(String text) {
        for (String part : (text == null ? "" : text).split("\\R", -1)) {
            lines.add(new Line(part, 12, 18));
        }
        return this;
    }

    public PlainDocument blank() {
        lines.add(new Line("", 12, 12));
        return this;
    }

    public byte[] pdf() {
        try (PDDocument doc = new PDDocument(); InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox does not ship " + FONT + " any more");
            }
            PDType0Font font = PDType0Font.load(doc, in, true);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            PDPage page = null;
            PDPageContentStream out = null;
            float y = 0;
            try {
                for (Line line : lines) {
                    for (String piece : wrap(font, drawable(font, line.text()), line.size(), width)) {
                        if (page == null || y - line.gap() < BOTTOM) {
                            if (out != null) {
                                out.close();
                            }
                            page = new PDPage(PDRectangle.A4);
                            doc.addPage(page);
                            out = new PDPageContentStream(doc, page);
                            y = page.getMediaBox().getHeight() - TOP;
                        }
                        out.beginText();
                        out.setFont(font, line.size());
                        out.newLineAtOffset(MARGIN, y);
                        out.showText(piece);
                        out.endText();
                        y -= line.gap();
                    }
                }
            } finally {
                if (out != null) {
                    out.close();
                }
            }
            if (page == null) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text cut at spaces into pieces that fit the width (a word longer than the width stands alone). */
    private static List<String> wrap(PDType0Font font, String text, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String tried = current.length() == 0 ? word : current + " " + word;
            if (current.length() > 0 && font.getStringWidth(tried) / 1000 * size > width) {
                out.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(tried);
            }
        }
        out.add(current.toString());
        return out;
    }

    /** French number grouping's narrow spaces as no-break spaces; a character the font lacks as "?". */
    private static String drawable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            int c = cp != ' ' && Character.isSpaceChar(cp) ? 0x00A0 : cp;
            if (c == '\t') {
                c = ' ';
            }
            try {
                font.encode(new String(Character.toChars(c)));
                out.appendCodePoint(c);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
