package coop.essaim.countryfr.internal.contract;

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

/** Draws a filled contract text on A4 pages, wrapped, in the Liberation Sans font PDFBox ships (accents included). */
final class ContractPdf {

    /** The same embedded font as invoicing's DocumentFont, read through a PDFBox class. */
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float SIZE = 10.5f;
    private static final float LEADING = 14f;
    private static final float MARGIN = 60f;

    private ContractPdf() {
    }

    static byte[] render(String title, String text) {
        try (PDDocument doc = new PDDocument(); InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox does not ship " + FONT + " any more");
            }
            PDType0Font font = PDType0Font.load(doc, in, true);
            doc.getDocumentInformation().setTitle(title);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                lines.addAll(wrap(font, drawable(font, paragraph), width));
            }
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    out.beginText();
                    out.setFont(font, SIZE);
                    out.setLeading(LEADING);
                    out.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        out.showText(line);
                        out.newLine();
                    }
                    out.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the contract", e);
        }
    }

    private static List<String> wrap(PDType0Font font, String paragraph, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000f * SIZE > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Characters the font lacks become a question mark rather than failing the whole document. */
    private static String drawable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            boolean has;
            try {
                has = !Character.isISOControl(cp) && font.encode(new String(Character.toChars(cp))).length > 0;
            } catch (IOException | IllegalArgumentException e) {
                has = false;
            }
            out.appendCodePoint(has ? cp : Character.isSpaceChar(cp) || Character.isISOControl(cp) ? ' ' : '?');
        });
        return out.toString();
    }
}
