package coop.essaim.invoicing.internal.bank;

import coop.essaim.api.money.Money;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.BankDebits.DebitSuggestion;
import coop.essaim.invoicing.api.BankLine;
import coop.essaim.invoicing.api.ExpenseNote;
import coop.essaim.invoicing.api.SupplierInvoice;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.expense.ExpenseBook;
import coop.essaim.invoicing.internal.purchase.SupplierInvoiceBook;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * What a debit may pay, best first. A supplier invoice: its supplier's number quoted in the label (5 points), its
 * amount due exactly the debit (3), its supplier's name in the label or the payee (2). An expense note awaiting its
 * reimbursement: its total exactly the debit (3), the name of a member of its activity, or the login of the one who
 * wrote it, in the label or the payee (2). Candidates come from bounded queries, never a scan.
 */
final class DebitSuggestions {

    private static final int MAX = 5;

    private final UserContext actor;
    private final SupplierInvoiceBook invoices;
    private final ExpenseBook expenses;
    private final LongFunction<List<String>> memberNames;

    DebitSuggestions(UserContext actor, SupplierInvoiceBook invoices, ExpenseBook expenses,
                     LongFunction<List<String>> memberNames) {
        this.actor = actor;
        this.invoices = invoices;
        this.expenses = expenses;
        this.memberNames = memberNames;
    }

    List<DebitSuggestion> of(BankLine line) {
        Money paid = line.amount().negate();
        String said = line.label() + " " + (line.counterparty() == null ? "" : line.counterparty());
        List<String> words = Arrays.stream(said.split("[\\s,;:()]+")).map(w -> w.replaceAll("^(N°|n°|#)", ""))
                .filter(w -> !w.isBlank()).toList();
        String text = " " + plain(said) + " ";
        List<DebitSuggestion> out = new ArrayList<>();
        for (SupplierInvoice i : invoices.payable(actor, paid, words)) {
            List<String> reasons = new ArrayList<>();
            int score = 0;
            String key = i.supplierNumber().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
            if (words.stream().anyMatch(w -> w.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT).equals(key))) {
                score += 5;
                reasons.add(Messages.text(actor.locale(), "match.supplierNumber"));
            }
            if (i.outstanding().equals(paid)) {
                score += 3;
                reasons.add(Messages.text(actor.locale(), "match.amount"));
            }
            if (text.contains(" " + plain(i.supplierName()) + " ")) {
                score += 2;
                reasons.add(Messages.text(actor.locale(), "match.supplier"));
            }
            out.add(new DebitSuggestion(i, null, score, reasons));
        }
        for (ExpenseNote n : expenses.awaitingReimbursement(actor, paid)) {
            List<String> reasons = new ArrayList<>(List.of(Messages.text(actor.locale(), "match.noteAmount")));
            int score = 3;
            List<String> names = new ArrayList<>(memberNames.apply(n.activityId()));
            names.add(n.createdBy());
            if (names.stream().map(DebitSuggestions::plain).anyMatch(m -> !m.isEmpty() && text.contains(" " + m + " "))) {
                score += 2;
                reasons.add(Messages.text(actor.locale(), "match.member"));
            }
            out.add(new DebitSuggestion(null, n, score, reasons));
        }
        return out.stream().sorted(Comparator.comparingInt(DebitSuggestion::score).reversed()).limit(MAX).toList();
    }

    /** Lower case without accents or punctuation: how a bank's label and a name are compared. */
    static String plain(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
