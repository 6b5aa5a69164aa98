package coop.essaim.invoicing.internal.bank;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.BankLine;
import coop.essaim.invoicing.api.BankStatements;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.Payment;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.api.Payments;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.Reach;
import coop.essaim.invoicing.internal.SalesRulebook;
import jakarta.persistence.LockModeType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Bank statements: imported all or nothing (lines already known skipped), their credits matched by accounting to
 * invoices. Confirming a match records the invoice's payment in the same step, so the bank entry, the invoice's
 * settlement and the line's match are one decision.
 */
public final class BankBook implements BankStatements {

    static final int MAX_LINES = 10_000;

    private final ModuleStore store;
    private final SalesRulebook rulebook;
    private final Payments payments;
    private final Clock clock;

    public BankBook(ModuleStore store, SalesRulebook rulebook, Payments payments, Clock clock) {
        this.store = store;
        this.rulebook = rulebook;
        this.payments = payments;
        this.clock = clock;
    }

    @Override
    public ImportResult importStatement(UserContext actor, String fileName, byte[] content) {
        actor.require(InvoicingPermissions.RECORD_PAYMENTS);
        if (content == null || content.length == 0 || content.length > MAX_FILE_BYTES) {
            throw new ValidationException("file", Messages.text(actor.locale(), "error.statementSize",
                    MAX_FILE_BYTES / (1024 * 1024)));
        }
        Currency currency = Currency.getInstance(rulebook.cooperative(actor).currency());
        List<StatementLine> lines = isXml(content) ? Camt053Reader.read(content, actor.locale())
                : CsvStatementReader.read(content, currency, actor.locale());
        if (lines.size() > MAX_LINES) {
            throw new ValidationException("file", Messages.text(actor.locale(), "error.statementLines", MAX_LINES));
        }
        if (lines.stream().anyMatch(l -> !l.amount().currency().equals(currency))) {
            throw new ValidationException("file", Messages.text(actor.locale(), "error.statementCurrency", currency));
        }
        String name = fileName == null || fileName.isBlank() ? "statement" : fileName.strip();
        return store.inTransaction(em -> {
            Set<String> known = new HashSet<>();
            List<String> prints = lines.stream().map(StatementLine::fingerprint).distinct().toList();
            for (int i = 0; i < prints.size(); i += 500) {
                known.addAll(em.createQuery("select b.fingerprint from InvoicingBankLine b where b.cooperativeId = :c"
                                + " and b.fingerprint in :f", String.class).setParameter("c", actor.cooperativeId())
                        .setParameter("f", prints.subList(i, Math.min(prints.size(), i + 500))).getResultList());
            }
            int added = 0;
            for (StatementLine line : lines) {
                if (known.add(line.fingerprint())) {
                    em.persist(new BankLineEntity(actor.cooperativeId(), line, name, actor.login(), clock.instant()));
                    added++;
                }
            }
            return new ImportResult(added, lines.size() - added);
        });
    }

    @Override
    public List<BankLine> unmatched(UserContext actor) {
        actor.require(InvoicingPermissions.RECORD_PAYMENTS);
        return store.read(em -> em.createQuery("select b from InvoicingBankLine b where b.cooperativeId = :c"
                        + " and b.paymentId is null and b.amountMinor > 0 order by b.bookedOn, b.id", BankLineEntity.class)
                .setParameter("c", actor.cooperativeId()).setMaxResults(500).getResultStream()
                .map(BankLineEntity::toRecord).toList());
    }

    @Override
    public List<Suggestion> suggestions(UserContext actor, long bankLineId) {
        actor.require(InvoicingPermissions.RECORD_PAYMENTS);
        BankLine line = store.read(em -> entity(em.find(BankLineEntity.class, bankLineId), actor)).toRecord();
        if (!line.amount().isPositive()) {
            return List.of(); // a debit pays no invoice: BankDebits suggests what it pays
        }
        return store.read(em -> new MatchSuggestions(em, actor).of(line));
    }

    @Override
    public BankLine confirm(UserContext actor, long bankLineId, long invoiceId) {
        actor.require(InvoicingPermissions.RECORD_PAYMENTS);
        return store.inTransaction(em -> {
            BankLineEntity entity = entity(em.find(BankLineEntity.class, bankLineId, LockModeType.PESSIMISTIC_WRITE),
                    actor);
            BankLine line = entity.toRecord();
            if (line.matched() || !line.amount().isPositive()) {
                throw new ValidationException("bankLine", Messages.text(actor.locale(), "error.bankLineMatched"));
            }
            String reference = Camt053Reader.cut(line.bankReference() != null ? line.bankReference() : line.label(),
                    100);
            Payment payment = payments.record(actor, invoiceId, line.bookedOn(), line.amount(), PaymentMethod.TRANSFER,
                    reference);
            entity.matched(invoiceId, payment.id(), actor.login());
            return entity.toRecord();
        });
    }

    private static BankLineEntity entity(BankLineEntity line, UserContext actor) {
        if (line == null || line.getCooperativeId() != actor.cooperativeId()) {
            throw Reach.notFound(actor, "bankLine");
        }
        return line;
    }

    private static boolean isXml(byte[] content) {
        String start = new String(content, 0, Math.min(content.length, 200), StandardCharsets.UTF_8)
                .replace("\ufeff", "").stripLeading();
        return start.startsWith("<");
    }
}
