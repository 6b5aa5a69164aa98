package coop.essaim.invoicing.internal.document;

import coop.essaim.api.people.Address;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Draws a sales document (quote, invoice, deposit invoice, credit note) as a PDF/A-3 file: the activity's brand
 * at the top, the document's title, number and dates, the customer, the lines over as many pages as they need
 * (headings repeated), the VAT breakdown and totals, payment terms and bank details, the mentions, and at the
 * bottom of every page the cooperative's legal details with "page n / m". It draws the amounts of the record;
 * it never computes one.
 */
public final class DocumentPdf {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentPdf.class);
    static final float BRAND_SIZE = 20;
    static final float TITLE_SIZE = 15;
    static final float TEXT_SIZE = 9;
    static final float SMALL_SIZE = 7.5f;

    /** The PDF/A-3 file of {@code document}, ready to send or to turn into a Factur-X. */
    public byte[] render(InvoiceDocument document) {
        Objects.requireNonNull(document, "document");
        long start = System.nanoTime();
        DocumentText text = new DocumentText(document.locale());
        try (PDDocument pdf = new PDDocument()) {
            DocumentFont font = DocumentFont.load(pdf);
            try (PageFlow flow = new PageFlow(pdf, font)) {
                header(flow, pdf, document, text);
                buyer(flow, document, text);
                new LinesTable(flow, text, document).draw();
                new SummaryBlock(flow, text, document).draw();
            }
            new PageFooter(pdf, font, text, document.seller()).drawOnEveryPage();
            PdfA.declare(pdf, title(document, text), document.seller().legalName());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            LOG.debug("{} {} drawn on {} pages in {} ms", document.kind(), document.number(), pdf.getNumberOfPages(),
                    (System.nanoTime() - start) / 1_000_000);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF of " + document.number(), e);
        }
    }

    static String title(InvoiceDocument document, DocumentText text) {
        return text.text("kind." + document.kind()) + " " + document.number();
    }

    private static void header(PageFlow flow, PDDocument pdf, InvoiceDocument document, DocumentText text) {
        InvoiceDocument.Brand brand = document.brand();
        float top = flow.y();
        float left = PageFlow.LEFT;
        if (brand.logo() != null && brand.logo().length > 0) {
            try {
                PDImageXObject logo = PDImageXObject.createFromByteArray(pdf, brand.logo(), "logo");
                float scale = Math.min(130f / logo.getWidth(), 56f / logo.getHeight());
                flow.image(logo, left, top, logo.getWidth() * scale, logo.getHeight() * scale);
                left += logo.getWidth() * scale + 12;
            } catch (IOException | IllegalArgumentException e) {
                // a logo PDFBox cannot read must not stop the invoice: it is drawn without
                LOG.warn("logo of {} not drawn: {}", brand.name(), e.getMessage());
            }
        }
        float titleX = PageFlow.RIGHT - 200;
        List<String> brandLines = flow.wrap(brand.name(), BRAND_SIZE, titleX - left - 10);
        float y = top;
        for (String line : brandLines) {
            y -= BRAND_SIZE * 1.1f;
            flow.text(left, y, line, BRAND_SIZE, true);
        }
        List<String> contact = new ArrayList<>();
        addIfPresent(contact, brand.trade());
        addIfPresent(contact, brand.contactName());
        addIfPresent(contact, brand.contactEmail());
        addIfPresent(contact, brand.contactPhone());
        y -= 4;
        for (String line : contact) {
            y -= TEXT_SIZE * 1.3f;
            flow.text(left, y, line, TEXT_SIZE, false);
        }
        float right = titleY(flow, document, text, titleX, top);
        flow.down(top - Math.min(Math.min(y, right), top - 60) + 18);
    }

    /** The title block at the top right: kind, number, dates; returns the lowest baseline used. */
    private static float titleY(PageFlow flow, InvoiceDocument document, DocumentText text, float x, float top) {
        float y = top - TITLE_SIZE * 1.1f;
        flow.text(x, y, text.text("kind." + document.kind()), TITLE_SIZE, true);
        y -= TEXT_SIZE * 1.6f;
        flow.text(x, y, text.text("number", document.number()), TEXT_SIZE + 1, true);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text.text("issueDate"), text.date(document.issueDate())});
        if (document.dueDate() != null && document.kind() != InvoiceDocument.Kind.QUOTE) {
            rows.add(new String[] {text.text("dueDate"), text.date(document.dueDate())});
        }
        if (document.validUntil() != null && document.kind() == InvoiceDocument.Kind.QUOTE) {
            rows.add(new String[] {text.text("validUntil"), text.date(document.validUntil())});
        }
        if (document.precedingInvoiceNumber() != null) {
            rows.add(new String[] {text.text("corrects"), document.precedingInvoiceDate() == null
                    ? document.precedingInvoiceNumber()
                    : text.text("numberOfDate", document.precedingInvoiceNumber(), text.date(document.precedingInvoiceDate()))});
        }
        for (InvoiceDocument.InvoiceReference deposit : document.deductedDeposits()) {
            rows.add(new String[] {text.text("deductedDeposit"), deposit.issueDate() == null ? deposit.number()
                    : text.text("numberOfDate", deposit.number(), text.date(deposit.issueDate()))});
        }
        if (document.buyer().reference() != null && !document.buyer().reference().isBlank()) {
            rows.add(new String[] {text.text("buyerReference"), document.buyer().reference()});
        }
        y -= 4;
        for (String[] row : rows) {
            y -= TEXT_SIZE * 1.35f;
            flow.text(x, y, row[0], TEXT_SIZE, false);
            flow.textRight(PageFlow.RIGHT, y, row[1], TEXT_SIZE, false);
        }
        return y;
    }

    private static void buyer(PageFlow flow, InvoiceDocument document, DocumentText text) {
        InvoiceDocument.Buyer buyer = document.buyer();
        float x = PageFlow.RIGHT - 230;
        float top = flow.y();
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, buyer.name());
        lines.addAll(addressLines(buyer.address()));
        String country = buyer.address() == null ? null : buyer.address().country();
        if (buyer.vatNumber() != null && !buyer.vatNumber().isBlank()) {
            lines.add(text.text("vatNumber", buyer.vatNumber()));
        }
        if (buyer.registrationNumber() != null && !buyer.registrationNumber().isBlank()) {
            lines.add(text.textFor(country, "registrationNumber", buyer.registrationNumber()));
        }
        float height = 16 + lines.size() * TEXT_SIZE * 1.35f + 10;
        flow.shade(x - 10, top + 4, PageFlow.RIGHT - x + 10, height, 0.94f);
        flow.down(12);
        flow.text(x, flow.y(), text.text("buyer"), SMALL_SIZE, true);
        boolean first = true;
        for (String line : lines) {
            flow.paragraph(x, PageFlow.RIGHT - x - 4, line, first ? TEXT_SIZE + 1 : TEXT_SIZE, first);
            first = false;
        }
        flow.down(22);
    }

    static List<String> addressLines(Address address) {
        List<String> lines = new ArrayList<>();
        if (address == null) {
            return lines;
        }
        addIfPresent(lines, address.street());
        String city = join(" ", address.postalCode(), address.city());
        addIfPresent(lines, city);
        return lines;
    }

    static String join(String separator, String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (out.length() > 0) {
                    out.append(separator);
                }
                out.append(part.strip());
            }
        }
        return out.toString();
    }

    private static void addIfPresent(List<String> lines, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(value.strip());
        }
    }
}
