package coop.essaim.invoicing.internal.document;

import java.math.BigDecimal;
import java.util.List;

/**
 * The lines of the document as a table: description (wrapped over as many lines as it needs), quantity, unit,
 * unit price, discount, net amount and VAT rate. When the lines go on to another page, that page starts with a
 * short reminder of the document and the column headings again.
 */
final class LinesTable {

    private static final float SIZE = DocumentPdf.TEXT_SIZE;
    private static final float LEADING = SIZE * 1.3f;
    /** Right edges of the columns after the description, which fills what they leave. */
    private static final float VAT_RIGHT = PageFlow.RIGHT - 2;
    private static final float NET_RIGHT = VAT_RIGHT - 44;
    private static final float DISCOUNT_RIGHT = NET_RIGHT - 74;
    private static final float PRICE_RIGHT = DISCOUNT_RIGHT - 44;
    private static final float UNIT_LEFT = PRICE_RIGHT - 66 - 44;
    private static final float QUANTITY_RIGHT = UNIT_LEFT - 6;
    private static final float DESCRIPTION_LEFT = PageFlow.LEFT + 2;
    private static final float DESCRIPTION_WIDTH = QUANTITY_RIGHT - 40 - DESCRIPTION_LEFT;

    private final PageFlow flow;
    private final DocumentText text;
    private final InvoiceDocument document;

    LinesTable(PageFlow flow, DocumentText text, InvoiceDocument document) {
        this.flow = flow;
        this.text = text;
        this.document = document;
    }

    void draw() {
        flow.need(LEADING * 4);
        headings();
        flow.onNewPage(() -> {
            continuationHeader();
            headings();
        });
        for (InvoiceDocument.Line line : document.lines()) {
            row(line);
        }
        flow.onNewPage(this::continuationHeader);
        flow.rule(PageFlow.LEFT, PageFlow.RIGHT, flow.y() - 4, 0.6f);
        flow.down(14);
    }

    private void headings() {
        float top = flow.y();
        flow.shade(PageFlow.LEFT, top, PageFlow.RIGHT - PageFlow.LEFT, LEADING + 6, 0.88f);
        float baseline = top - LEADING;
        flow.text(DESCRIPTION_LEFT, baseline, text.text("line.description"), SIZE, true);
        flow.textRight(QUANTITY_RIGHT, baseline, text.text("line.quantity"), SIZE, true);
        flow.text(UNIT_LEFT, baseline, text.text("line.unit"), SIZE, true);
        flow.textRight(PRICE_RIGHT, baseline, text.text("line.unitPrice"), SIZE, true);
        flow.textRight(DISCOUNT_RIGHT, baseline, text.text("line.discount"), SIZE, true);
        flow.textRight(NET_RIGHT, baseline, text.text("line.net"), SIZE, true);
        flow.textRight(VAT_RIGHT, baseline, text.text("line.vat"), SIZE, true);
        flow.down(LEADING + 8);
    }

    private void row(InvoiceDocument.Line line) {
        List<String> description = flow.wrap(line.description(), SIZE, DESCRIPTION_WIDTH);
        if (description.isEmpty()) {
            description = List.of("");
        }
        // keep a short line whole; a very long description may run on to the next page
        flow.need(Math.min(description.size(), 3) * LEADING + 4);
        float baseline = flow.y() - LEADING + 2;
        flow.textRight(QUANTITY_RIGHT, baseline, text.quantity(line.quantity()), SIZE, false);
        flow.text(UNIT_LEFT, baseline, text.unit(line.unitCode()), SIZE, false);
        flow.textRight(PRICE_RIGHT, baseline, text.money(line.unitPrice()), SIZE, false);
        BigDecimal discount = line.discountPercent();
        if (discount != null && discount.signum() != 0) {
            flow.textRight(DISCOUNT_RIGHT, baseline, text.percent(discount), SIZE, false);
        }
        flow.textRight(NET_RIGHT, baseline, text.money(line.netAmount()), SIZE, false);
        flow.textRight(VAT_RIGHT, baseline, text.percent(line.vatPercent()), SIZE, false);
        for (String part : description) {
            flow.need(LEADING);
            flow.down(LEADING);
            flow.text(DESCRIPTION_LEFT, flow.y() + 2, part, SIZE, false);
        }
        flow.down(4);
        flow.rule(PageFlow.LEFT, PageFlow.RIGHT, flow.y(), 0.2f);
    }

    /** At the top of a following page: who and which document, so a loose page is still identified. */
    private void continuationHeader() {
        flow.down(DocumentPdf.TEXT_SIZE + 2);
        flow.text(PageFlow.LEFT, flow.y(), document.brand().name(), DocumentPdf.TEXT_SIZE + 2, true);
        flow.textRight(PageFlow.RIGHT, flow.y(), DocumentPdf.title(document, text) + " " + text.text("continued"),
                DocumentPdf.TEXT_SIZE, false);
        flow.down(16);
    }
}
