package coop.essaim.payroll.internal.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The one typeface of payslips, as of invoicing's sales documents (a copy of its DocumentFont: plugins share no
 * internals): Liberation Sans Regular (SIL Open Font License 1.1), which PDFBox itself ships, embedded as a
 * subset, so accents print the same in every reader (the standard 14 fonts are never embedded). It covers Latin-1,
 * the euro sign and the typographic apostrophe. Bold is drawn by stroking the glyph outline as well as filling
 * it, so one font file serves both weights. Characters the font lacks are replaced, never dropped silently.
 */
final class PayslipFont {

    /** Inside the pdfbox jar (read through a PDFBox class, so the OSGi bundle of PDFBox answers). */
    static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDType0Font font;
    private final Map<Integer, Boolean> known = new HashMap<>();

    private PayslipFont(PDType0Font font) {
        this.font = font;
    }

    static PayslipFont load(PDDocument document) {
        try (InputStream in = PDDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox does not ship " + RESOURCE + " any more");
            }
            return new PayslipFont(PDType0Font.load(document, in, true));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the document font", e);
        }
    }

    PDFont pdFont() {
        return font;
    }

    /** The width of {@code text} at {@code size} points, in points. */
    float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text as the font can draw it: narrow and thin spaces (French number grouping) become plain no-break
     * spaces, control characters spaces, and any other character without a glyph a question mark.
     */
    String drawable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (has(cp)) {
                out.appendCodePoint(cp);
            } else if (Character.isSpaceChar(cp)) {
                out.append(has(0x00A0) ? '\u00A0' : ' ');
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean has(int codePoint) {
        return known.computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
