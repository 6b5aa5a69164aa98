package coop.essaim.kernel.ledger.journal;

import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A realistic year of books for two activities and the structure: invoices with VAT on the sales journal,
 * payments lettered on the bank journal, purchases, the 10 % contribution as an analytic transfer, a
 * cancelled invoice (a reversal) and entries across two fiscal years.
 */
final class SampleBooks {

    static final String[] CODES = {"STRUCTURE", "COUTURE", "BOIS"};

    private SampleBooks() {
    }

    static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    /** Posts the books; returns the number of entries posted. */
    static int post(Ledger ledger, UserContext user, Map<String, Long> activity) {
        long coop = user.cooperativeId();
        long structure = activity.get("STRUCTURE");
        long couture = activity.get("COUTURE");
        long bois = activity.get("BOIS");
        int n = 0;
        long[][] sales = {{couture, 120000}, {bois, 45050}, {couture, 33333}, {bois, 99999}};
        for (int i = 0; i < sales.length; i++) {
            LocalDate date = LocalDate.of(2025, 11 + i / 2, 3 + i);
            long net = sales[i][1];
            long vat = net / 5;
            String number = "F-" + (2025001 + i);
            ValidatedEntry sale = ledger.post(user, new EntryDraft(coop, JournalCode.SALES, date, number, date,
                    "Facture " + number + ", client; Dupont", List.of(
                    PostingLine.debit("411000", sales[i][0], eur(net + vat)).withThirdParty("C-DUPONT")
                            .withLettering("L" + i),
                    PostingLine.credit("706000", sales[i][0], eur(net)),
                    PostingLine.credit("445710", sales[i][0], eur(vat))), "test:sale:" + i));
            n++;
            ledger.post(user, new EntryDraft(coop, JournalCode.BANK, date.plusDays(20), null, null,
                    "Règlement " + number, List.of(
                    PostingLine.debit("512000", sales[i][0], eur(net + vat)),
                    PostingLine.credit("411000", sales[i][0], eur(net + vat)).withThirdParty("C-DUPONT")
                            .withLettering("L" + i)), "test:payment:" + i));
            n++;
            // the contribution: an analytic transfer, nil in the general accounts
            long contribution = net / 10;
            ledger.post(user, new EntryDraft(coop, JournalCode.MISC, date.plusDays(25), null, null,
                    "Contribution 10 %", List.of(PostingLine.debit("706000", sales[i][0], eur(contribution)),
                    PostingLine.credit("706000", structure, eur(contribution))), "test:contribution:" + i));
            n++;
        }
        ValidatedEntry wrong = ledger.post(user, new EntryDraft(coop, JournalCode.PURCHASES, LocalDate.of(2026, 1, 8),
                "A-77", LocalDate.of(2026, 1, 7), "Achat tissu", List.of(
                PostingLine.debit("601000", couture, eur(28000)),
                PostingLine.credit("512000", couture, eur(28000))), "test:purchase:1"));
        ledger.reverse(user, wrong.id(), LocalDate.of(2026, 1, 9), null);
        ledger.post(user, new EntryDraft(coop, JournalCode.PURCHASES, LocalDate.of(2026, 1, 9), "A-78",
                LocalDate.of(2026, 1, 7), "Achat tissu (corrigé)", List.of(
                PostingLine.debit("601000", couture, eur(27500)),
                PostingLine.credit("512000", couture, eur(27500))), "test:purchase:2"));
        ledger.post(user, new EntryDraft(coop, JournalCode.PURCHASES, LocalDate.of(2026, 2, 1), "A-79", null,
                "Assurance structure", List.of(PostingLine.debit("601000", structure, eur(15000)),
                PostingLine.credit("512000", structure, eur(15000))), "test:purchase:3"));
        return n + 4;
    }
}
