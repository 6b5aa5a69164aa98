package coop.essaim.invoicing.internal.document;

import coop.essaim.api.money.Money;
import coop.essaim.api.sales.DocumentMention;
import coop.essaim.api.sales.VatCategory;

import java.util.ArrayList;
import java.util.List;

/**
 * Below the lines: the VAT breakdown on the left and the totals on the right (excl. VAT, VAT, incl. VAT, what was
 * already paid and what is due), then payment terms, bank details and the mentions the document must carry.
 */
final class SummaryBlock {

    private static final float SIZE = DocumentPdf.TEXT_SIZE;
    private static final float LEADING = SIZE * 1.45f;
    private static final float TOTALS_LEFT = PageFlow.RIGHT - 190;
    private static final float VAT_BASE_RIGHT = PageFlow.LEFT + 175;
    private static final float VAT_TAX_RIGHT = PageFlow.LEFT + 245;

    private final PageFlow flow;
    private final DocumentText text;
    private final InvoiceDocument document;

    SummaryBlock(PageFlow flow, DocumentText text, InvoiceDocument document) {
        this.flow = flow;
        this.text = text;
        this.document = document;
    }

    void draw() {
        List<String[]> totals = totals();
        List<InvoiceDocument.VatTotal> vat = document.vatTotals();
        float height = (Math.max(totals.size(), vat.size() + 1) + 1) * LEADING;
        flow.need(height);
        float top = flow.y();
        float vatBottom = vatBreakdown(top, vat);
        float y = top;
        for (int i = 0; i < totals.size(); i++) {
            boolean last = i == totals.size() - 1;
            y -= LEADING;
            if (last) {
                flow.shade(TOTALS_LEFT - 6, y + LEADING - 3, PageFlow.RIGHT - TOTALS_LEFT + 6, LEADING + 2, 0.88f);
            }
            flow.text(TOTALS_LEFT, y, totals.get(i)[0], last ? SIZE + 1 : SIZE, last);
            flow.textRight(PageFlow.RIGHT - 2, y, totals.get(i)[1], last ? SIZE + 1 : SIZE, last);
        }
        flow.down(top - Math.min(y, vatBottom) + 6);
        exemptionNotes(vat);
        section(text.text("payment"), document.paymentTerms() == null ? List.of() : List.of(document.paymentTerms()));
        section(text.text("bank"), bankLines());
        List<String> mentions = new ArrayList<>();
        for (DocumentMention mention : document.mentions()) {
            mentions.add(mention.text());
        }
        section(null, mentions);
    }

    private List<String[]> totals() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text.text("total.exclVat"), text.money(document.totalExclVat())});
        rows.add(new String[] {text.text("total.vat"), text.money(document.totalVat())});
        rows.add(new String[] {text.text("total.inclVat"), text.money(document.totalInclVat())});
        Money prepaid = document.prepaid();
        if (prepaid != null && !prepaid.isZero()) {
            rows.add(new String[] {text.text("total.prepaid"), text.money(prepaid)});
        }
        String due = document.kind() == InvoiceDocument.Kind.CREDIT_NOTE ? "total.credited" : "total.due";
        rows.add(new String[] {text.text(due), text.money(document.amountDue())});
        return rows;
    }

    /** The breakdown per category and rate; returns the lowest baseline used. */
    private float vatBreakdown(float top, List<InvoiceDocument.VatTotal> vat) {
        float y = top - LEADING;
        flow.text(PageFlow.LEFT, y, text.text("vat.rate"), SIZE, true);
        flow.textRight(VAT_BASE_RIGHT, y, text.text("vat.base"), SIZE, true);
        flow.textRight(VAT_TAX_RIGHT, y, text.text("vat.tax"), SIZE, true);
        flow.rule(PageFlow.LEFT, VAT_TAX_RIGHT, y - 4, 0.3f);
        for (InvoiceDocument.VatTotal total : vat) {
            y -= LEADING;
            flow.text(PageFlow.LEFT, y, category(total.category(), total), SIZE, false);
            flow.textRight(VAT_BASE_RIGHT, y, text.money(total.base()), SIZE, false);
            flow.textRight(VAT_TAX_RIGHT, y, text.money(total.tax()), SIZE, false);
        }
        return y;
    }

    private String category(VatCategory category, InvoiceDocument.VatTotal total) {
        return text.text("vat.category." + category, text.percent(total.percent()));
    }

    private void exemptionNotes(List<InvoiceDocument.VatTotal> vat) {
        for (InvoiceDocument.VatTotal total : vat) {
            if (total.exemptionNote() != null && !total.exemptionNote().isBlank()) {
                flow.paragraph(PageFlow.LEFT, PageFlow.RIGHT - PageFlow.LEFT,
                        text.text("vat.note", category(total.category(), total), total.exemptionNote()), DocumentPdf.SMALL_SIZE + 0.5f,
                        false);
            }
        }
        flow.down(6);
    }

    private List<String> bankLines() {
        List<String> lines = new ArrayList<>();
        InvoiceDocument.PaymentAccount account = document.payTo();
        if (account == null || document.kind() == InvoiceDocument.Kind.CREDIT_NOTE) {
            return lines;
        }
        if (account.holder() != null && !account.holder().isBlank()) {
            lines.add(text.text("bank.holder", account.holder()));
        }
        if (account.iban() != null && !account.iban().isBlank()) {
            lines.add(text.text("bank.iban", account.iban()));
        }
        if (account.bic() != null && !account.bic().isBlank()) {
            lines.add(text.text("bank.bic", account.bic()));
        }
        return lines;
    }

    private void section(String title, List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        float width = PageFlow.RIGHT - PageFlow.LEFT;
        if (title != null) {
            flow.need(LEADING * 2);
            flow.paragraph(PageFlow.LEFT, width, title, SIZE, true);
        }
        for (String paragraph : paragraphs) {
            flow.paragraph(PageFlow.LEFT, width, paragraph, title == null ? DocumentPdf.SMALL_SIZE + 0.5f : SIZE, false);
        }
        flow.down(8);
    }
}
