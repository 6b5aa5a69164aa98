package coop.essaim.invoicing.internal.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bottom of every page: the cooperative's legal details (it is the legal issuer of every activity's
 * documents: name, legal form, registration number and office, VAT number, address) and "page n / m", drawn once
 * the page count is known.
 */
final class PageFooter {

    private static final float SIZE = DocumentPdf.SMALL_SIZE;

    private final PDDocument pdf;
    private final DocumentFont font;
    private final DocumentText text;
    private final InvoiceDocument.Seller seller;

    PageFooter(PDDocument pdf, DocumentFont font, DocumentText text, InvoiceDocument.Seller seller) {
        this.pdf = pdf;
        this.font = font;
        this.text = text;
        this.seller = seller;
    }

    void drawOnEveryPage() {
        int count = pdf.getNumberOfPages();
        String legal = legalLine();
        for (int i = 0; i < count; i++) {
            PDPage page = pdf.getPage(i);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                draw(content, legal, text.text("page", i + 1, count));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    String legalLine() {
        String country = seller.address() == null ? null : seller.address().country();
        List<String> parts = new ArrayList<>();
        parts.add(DocumentPdf.join(", ", seller.legalName(), seller.legalForm()));
        if (present(seller.registrationNumber())) {
            parts.add(text.textFor(country, "footer.registration", seller.registrationNumber()));
        }
        if (present(seller.registrationOffice())) {
            parts.add(text.textFor(country, "footer.registrationOffice", seller.registrationOffice()));
        }
        if (present(seller.vatNumber())) {
            parts.add(text.text("footer.vat", seller.vatNumber()));
        }
        if (seller.address() != null) {
            parts.add(DocumentPdf.join(", ", oneLine(seller.address().street()),
                    DocumentPdf.join(" ", seller.address().postalCode(), seller.address().city())));
        }
        parts.add(DocumentPdf.join(" · ", seller.email(), seller.phone(), seller.website()));
        parts.removeIf(String::isBlank);
        return String.join(" – ", parts);
    }

    private void draw(PDPageContentStream content, String legal, String pageNumber) throws IOException {
        float top = PageFlow.MARGIN + PageFlow.FOOTER - 12;
        content.setLineWidth(0.4f);
        content.moveTo(PageFlow.LEFT, top + 8);
        content.lineTo(PageFlow.RIGHT, top + 8);
        content.stroke();
        float pageWidth = font.width(font.drawable(pageNumber), SIZE);
        float width = PageFlow.RIGHT - PageFlow.LEFT - pageWidth - 16;
        float y = top;
        for (String line : wrap(legal, width)) {
            line(content, PageFlow.LEFT, y, line);
            y -= SIZE * 1.35f;
        }
        line(content, PageFlow.RIGHT - pageWidth, top, pageNumber);
    }

    private void line(PDPageContentStream content, float x, float y, String line) throws IOException {
        content.beginText();
        content.setFont(font.pdFont(), SIZE);
        content.newLineAtOffset(x, y);
        content.showText(font.drawable(line));
        content.endText();
    }

    private List<String> wrap(String legal, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : legal.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.width(font.drawable(candidate), SIZE) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines.subList(0, Math.min(lines.size(), 3));
    }

    private static String oneLine(String street) {
        return street == null ? null : street.strip().replaceAll("\\s*\\R\\s*", ", ");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
