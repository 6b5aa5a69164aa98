package coop.essaim.invoicing.internal.bank;

import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.BankLine;
import coop.essaim.invoicing.api.BankStatements.Suggestion;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.invoice.InvoiceEntity;
import jakarta.persistence.EntityManager;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which open invoices a credit may pay, best first: an invoice whose number the bank's label quotes (5 points),
 * whose amount still due is exactly the credit (3), whose customer's name the label or the payer's name contains
 * (2). Candidates come from two bounded queries, never a scan of every invoice.
 */
final class MatchSuggestions {

    private static final Pattern NUMBER = Pattern.compile("\\b(\\d{4})[-/ ]?(\\d{5})\\b");
    private static final int MAX = 5;

    private final EntityManager em;
    private final UserContext actor;

    MatchSuggestions(EntityManager em, UserContext actor) {
        this.em = em;
        this.actor = actor;
    }

    List<Suggestion> of(BankLine line) {
        Map<Long, Invoice> candidates = new LinkedHashMap<>();
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(line.label());
        while (m.find()) {
            numbers.add(m.group(1) + "-" + m.group(2));
        }
        if (!numbers.isEmpty()) {
            open("and i.number in :n").setParameter("n", numbers).getResultStream()
                    .forEach(i -> candidates.put(i.getId(), i.toRecord()));
        }
        open("and i.totalInclMinor - i.settledMinor = :a").setParameter("a", line.amount().minorUnits())
                .setMaxResults(50).getResultStream().forEach(i -> candidates.putIfAbsent(i.getId(), i.toRecord()));
        String text = plain(line.label() + " " + (line.counterparty() == null ? "" : line.counterparty()));
        List<Suggestion> out = new ArrayList<>();
        for (Invoice i : candidates.values()) {
            List<String> reasons = new ArrayList<>();
            int score = 0;
            if (numbers.contains(i.number())) {
                score += 5;
                reasons.add(Messages.text(actor.locale(), "match.number"));
            }
            if (i.outstanding().equals(line.amount())) {
                score += 3;
                reasons.add(Messages.text(actor.locale(), "match.amount"));
            }
            if (i.buyerName() != null && text.contains(plain(i.buyerName()))) {
                score += 2;
                reasons.add(Messages.text(actor.locale(), "match.customer"));
            }
            out.add(new Suggestion(i, score, reasons));
        }
        return out.stream().sorted(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(s -> s.invoice().dueDate())).limit(MAX).toList();
    }

    private jakarta.persistence.TypedQuery<InvoiceEntity> open(String condition) {
        return em.createQuery("select i from InvoicingInvoice i where i.cooperativeId = :c and i.status = :v"
                        + " and i.kind <> :credit and i.settledMinor < i.totalInclMinor " + condition
                        + " order by i.dueDate", InvoiceEntity.class)
                .setParameter("c", actor.cooperativeId()).setParameter("v", InvoiceStatus.VALIDATED)
                .setParameter("credit", InvoiceKind.CREDIT_NOTE);
    }

    /** Lower case without accents or punctuation: how a bank's label and a customer's name are compared. */
    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip();
    }
}
