package coop.essaim.invoicing.internal.invoice;

import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.money.Money;
import coop.essaim.api.sales.SalesAccounts;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.InvoiceLine;
import coop.essaim.invoicing.api.LineKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sales entry of a validated document, all on its activity: the customer owes the total incl. VAT (lettered
 * with the invoice's number, so payments match it), the revenue accounts receive the net amounts by kind of line,
 * and the VAT collected goes to each rate's account. A credit note posts the same on the opposite sides, lettered
 * with the number of the invoice it corrects.
 *
 * <p>Deposits are not revenue yet: a deposit invoice credits its net amounts to the customers' deposits account
 * ({@code depositsAccount}, French 4191), and the invoice that deducts them (a negative line of kind
 * {@code DEDUCTION}) debits that account back, while the customer owes only the rest. Once both are paid,
 * the customer's account and the deposits account are settled and the revenue accounts hold the whole sale.
 */
final class InvoicePosting {

    private InvoicePosting() {
    }

    static EntryDraft entry(long cooperativeId, long activityId, InvoiceKind kind, String number, LocalDate date,
                            String customerReference, String lettering, String label,
                            InvoiceCalculation.Result computed, SalesAccounts accounts, String depositsAccount) {
        List<PostingLine> lines = new ArrayList<>();
        lines.add(PostingLine.debit(accounts.customers(), activityId, computed.totalIncl())
                .withThirdParty(customerReference).withLettering(lettering));
        Map<String, Money> revenue = new LinkedHashMap<>();
        for (InvoiceLine line : computed.lines()) {
            String account = kind == InvoiceKind.DEPOSIT_INVOICE || line.kind() == LineKind.DEDUCTION
                    ? depositsAccount : line.kind() == LineKind.GOODS ? accounts.goodsSold() : accounts.servicesSold();
            revenue.merge(account, line.net(), Money::plus);
        }
        revenue.forEach((account, net) -> {
            if (net.isPositive()) {
                lines.add(PostingLine.credit(account, activityId, net));
            } else if (net.isNegative()) {
                lines.add(PostingLine.debit(account, activityId, net.negate()));
            }
        });
        for (InvoiceCalculation.VatGroup group : computed.vat()) {
            if (group.tax().isPositive()) {
                lines.add(PostingLine.credit(group.rate().collectedAccount(), activityId, group.tax()));
            }
        }
        List<PostingLine> sided = kind == InvoiceKind.CREDIT_NOTE
                ? lines.stream().map(PostingLine::reversed).toList() : lines;
        return new EntryDraft(cooperativeId, JournalCode.SALES, date, number, date, label, sided,
                "invoicing:invoice:" + cooperativeId + ":" + number);
    }
}
