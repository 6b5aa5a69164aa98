package coop.essaim.invoicing.internal.document;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the amounts an e-invoice states with the document's: every line's net amount, the VAT breakdown per
 * category and rate, the line total, tax basis, VAT total, grand total, prepaid and due amounts. Any difference
 * (Mustang rounds the VAT of each category once, on its base; a service that rounds VAT per line may differ by a
 * cent) refuses the e-invoice, naming each difference.
 */
final class FacturXAgreement {

    private final List<String> differences = new ArrayList<>();

    private FacturXAgreement() {
    }

    static void require(InvoiceDocument document, CiiAmounts xml) {
        FacturXAgreement check = new FacturXAgreement();
        check.compare(document, xml);
        if (!check.differences.isEmpty()) {
            throw new FacturXException("the Factur-X of " + document.number() + " would not state the document's"
                    + " amounts: " + String.join("; ", check.differences));
        }
    }

    private void compare(InvoiceDocument d, CiiAmounts xml) {
        if (xml.lines().size() != d.lines().size()) {
            differences.add(xml.lines().size() + " lines instead of " + d.lines().size());
        }
        for (int i = 0; i < Math.min(xml.lines().size(), d.lines().size()); i++) {
            InvoiceDocument.Line line = d.lines().get(i);
            same("line " + line.position() + " net amount", line.netAmount(), xml.lines().get(i).net());
        }
        if (xml.taxes().size() != d.vatTotals().size()) {
            differences.add(xml.taxes().size() + " VAT breakdown rows instead of " + d.vatTotals().size());
        }
        for (InvoiceDocument.VatTotal total : d.vatTotals()) {
            String what = "VAT " + total.category().code() + " " + total.percent().stripTrailingZeros().toPlainString() + "%";
            xml.taxes().stream()
                    .filter(t -> t.category().equals(total.category().code()) && t.percent().compareTo(total.percent()) == 0)
                    .findFirst()
                    .ifPresentOrElse(t -> {
                        same(what + " base", total.base(), t.basis());
                        same(what + " tax", total.tax(), t.tax());
                    }, () -> differences.add(what + " missing from the e-invoice"));
        }
        same("line total", d.totalExclVat(), xml.lineTotal());
        same("total excl. VAT", d.totalExclVat(), xml.taxBasis());
        same("total VAT", d.totalVat(), xml.taxTotal());
        same("total incl. VAT", d.totalInclVat(), xml.grandTotal());
        same("prepaid", d.prepaid() == null ? Money.zero(d.totalInclVat().currency()) : d.prepaid(), xml.prepaid());
        same("amount due", d.amountDue(), xml.duePayable());
    }

    private void same(String what, Money expected, BigDecimal stated) {
        if (expected.toDecimal().compareTo(stated) != 0) {
            differences.add(what + " " + stated.toPlainString() + " instead of " + expected.toPlainString());
        }
    }
}
