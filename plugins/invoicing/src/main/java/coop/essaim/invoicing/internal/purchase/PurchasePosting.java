package coop.essaim.invoicing.internal.purchase;

import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.money.Money;
import coop.essaim.api.sales.SalesRules;
import coop.essaim.api.sales.VatCategory;
import coop.essaim.api.sales.VatRate;
import coop.essaim.invoicing.api.PurchaseLine;
import coop.essaim.invoicing.api.SupplierInvoice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of a supplier invoice, all on its activity. Validation: each expense account debited with its lines'
 * net amounts, the deductible VAT debited on its rate's account (the standard rate's when the line names none),
 * the supplier credited with the total incl. VAT, lettered with the invoice's reference. A payment: the supplier
 * debited (lettered the same, so the supplier's account of the invoice nets to zero once paid), the bank credited.
 */
final class PurchasePosting {

    private PurchasePosting() {
    }

    static EntryDraft validation(long cooperativeId, SupplierInvoice i, LocalDate today, String label,
                                 SalesRules rules) {
        long activity = i.activityId();
        Map<String, Money> expenses = new LinkedHashMap<>();
        Map<String, Money> vat = new LinkedHashMap<>();
        for (PurchaseLine l : i.lines()) {
            expenses.merge(l.accountCode(), l.net(), Money::plus);
            if (l.vat().isPositive()) {
                vat.merge(deductibleAccount(rules, l.vatCode()), l.vat(), Money::plus);
            }
        }
        List<PostingLine> lines = new ArrayList<>();
        expenses.forEach((account, net) -> lines.add(PostingLine.debit(account, activity, net)));
        vat.forEach((account, tax) -> lines.add(PostingLine.debit(account, activity, tax)));
        lines.add(PostingLine.credit(rules.accounts().suppliers(), activity, i.totalInclVat())
                .withThirdParty("S" + i.supplierId()).withLettering(i.reference()));
        return new EntryDraft(cooperativeId, JournalCode.PURCHASES, today, i.reference(), i.invoiceDate(), label,
                lines, "invoicing:purchase:" + cooperativeId + ":" + i.id());
    }

    static EntryDraft payment(long cooperativeId, SupplierInvoice i, long paymentId, LocalDate paidOn, Money amount,
                              String label, SalesRules rules) {
        return new EntryDraft(cooperativeId, JournalCode.BANK, paidOn, i.reference(), paidOn, label,
                List.of(PostingLine.debit(rules.accounts().suppliers(), i.activityId(), amount)
                                .withThirdParty("S" + i.supplierId()).withLettering(i.reference()),
                        PostingLine.credit(rules.accounts().bank(), i.activityId(), amount)),
                "invoicing:purchase-payment:" + cooperativeId + ":" + paymentId);
    }

    private static String deductibleAccount(SalesRules rules, String vatCode) {
        String standard = rules.vatRates().stream().filter(r -> r.category() == VatCategory.STANDARD).findFirst()
                .map(VatRate::deductibleAccount).orElseThrow();
        return vatCode == null ? standard : rules.vatRates().stream().filter(r -> r.code().equals(vatCode))
                .map(VatRate::deductibleAccount).filter(a -> a != null).findFirst().orElse(standard);
    }
}
