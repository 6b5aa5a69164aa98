package coop.essaim.treasuryadvances.internal.advance;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.ledger.EntryQuery;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.treasuryadvances.api.AdvanceStatus;
import coop.essaim.treasuryadvances.api.RepaymentMode;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import coop.essaim.treasuryadvances.api.TreasuryAdvancePermissions;
import coop.essaim.treasuryadvances.internal.Messages;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an advance does to the books: its disbursement, each repayment and its write-off, each a new balanced
 * entry posted through the core's ledger (never an edit), recorded here after the ledger accepted it. Entries carry
 * idempotency keys, so a retry after a failure between the two posts nothing twice.
 */
public final class AdvanceLedger {

    private final ModuleStore store;
    private final AdvanceBook book;
    private final AdvancePostings postings;
    private final Ledger ledger;
    private final CoreFigures core;
    private final AuditTrail audit;
    private final Clock clock;

    AdvanceLedger(ModuleStore store, AdvanceBook book, AdvancePostings postings, Ledger ledger, CoreFigures core,
                         AuditTrail audit, Clock clock) {
        this.store = store;
        this.book = book;
        this.postings = postings;
        this.ledger = ledger;
        this.core = core;
        this.audit = audit;
        this.clock = clock;
    }

    public static AdvanceLedger of(ModuleStore store, AdvanceBook book, coop.essaim.api.people.Activities activities,
                                   coop.essaim.api.settings.CooperativeSettings settings,
                                   coop.essaim.api.cooperative.CooperativeDirectory cooperatives, Ledger ledger,
                                   CoreFigures core, AuditTrail audit, Clock clock) {
        return new AdvanceLedger(store, book, new AdvancePostings(activities, settings, cooperatives, core), ledger,
                core, audit, clock);
    }

    /** Pays an approved advance into the activity's treasury. */
    public TreasuryAdvance disburse(UserContext actor, long advanceId) {
        actor.require(TreasuryAdvancePermissions.DISBURSE);
        TreasuryAdvance a = in(actor, advanceId, AdvanceStatus.APPROVED);
        var accounts = postings.accounts(actor);
        LocalDate today = book.today();
        ValidatedEntry entry = ledger.post(actor.lending(LedgerPermissions.POST), postings.disbursement(
                actor.cooperativeId(), accounts, a.id(), a.activityId(), a.amount(), today,
                Messages.text(actor.locale(), "entry.disbursement", a.id())));
        store.run(em -> em.find(AdvanceEntity.class, advanceId).disbursed(today, entry.id(), now(), actor.login()));
        audit.record(actor, "treasury-advances.disbursed", "advance:" + advanceId, entry.reference());
        return book.find(actor, advanceId).orElseThrow();
    }

    /** A repayment paid by the activity (an instalment of its schedule, or any payment), at most the balance. */
    public TreasuryAdvance repay(UserContext actor, long advanceId, Money amount) {
        actor.require(TreasuryAdvancePermissions.DISBURSE);
        TreasuryAdvance a = in(actor, advanceId, AdvanceStatus.DISBURSED);
        Messages m = new Messages(actor.locale());
        if (amount == null || !amount.isPositive() || !amount.currency().equals(a.amount().currency())
                || amount.compareTo(a.balance()) > 0) {
            throw new ValidationException("amount", m.text("error.repayment", a.balance()));
        }
        long count = store.read(em -> ((Number) em.createQuery("select count(r) from TreasuryAdvanceRepayment r"
                + " where r.advanceId = :a").setParameter("a", advanceId).getSingleResult()).longValue());
        record(actor, a, amount, "PAYMENT", null, "payment-" + (count + 1));
        return book.find(actor, advanceId).orElseThrow();
    }

    /**
     * Takes each advance's share of the client payments its activity received since it was disbursed (bank
     * entries where the activity's cash is debited against a customer account), each payment once, oldest
     * advance first, never more than what the payment brought nor than the balance. Returns how many repayments
     * it recorded.
     */
    public int applyReceipts(UserContext actor) {
        return applyReceipts(actor, null);
    }

    /** As {@link #applyReceipts(UserContext)}, for one activity only (null: all). */
    public int applyReceipts(UserContext actor, Long activityId) {
        actor.require(TreasuryAdvancePermissions.DISBURSE);
        List<TreasuryAdvance> open = book.all(actor, AdvanceStatus.DISBURSED).stream()
                .filter(a -> a.repayment() == RepaymentMode.RECEIPTS)
                .filter(a -> activityId == null || a.activityId() == activityId).sorted((x, y) -> Long.compare(x.id(), y.id()))
                .toList();
        if (open.isEmpty()) {
            return 0;
        }
        Set<String> cash = core.cashAccounts(actor);
        Set<String> receivable = core.receivableAccounts(actor);
        int recorded = 0;
        for (TreasuryAdvance a : open) {
            List<ValidatedEntry> entries = bankEntries(actor, a);
            // a payment cancelled by a reversing entry brought nothing
            Set<Long> reversed = entries.stream().map(ValidatedEntry::reversesEntryId).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.toSet());
            for (ValidatedEntry e : entries) {
                long receipt = reversed.contains(e.id()) ? 0 : receipt(e, a.activityId(), cash, receivable);
                TreasuryAdvance now = book.find(actor, a.id()).orElseThrow();
                if (receipt <= 0 || now.status() != AdvanceStatus.DISBURSED || taken(a.id(), e.id())) {
                    continue;
                }
                long left = receipt - takenFrom(e.id());
                long share = Money.of(receipt, a.amount().currency()).times(now.receiptShare().movePointLeft(2),
                        RoundingMode.DOWN).minorUnits();
                long take = Math.min(Math.min(share, left), now.balance().minorUnits());
                if (take > 0) {
                    record(actor, now, Money.of(take, a.amount().currency()), "RECEIPT", e.id(), "receipt-" + e.id());
                    recorded++;
                }
            }
        }
        return recorded;
    }

    /** Writes off what remains, by the board's decision with its reasons, as a new entry. */
    public TreasuryAdvance writeOff(UserContext actor, long advanceId, String reasons) {
        actor.require(TreasuryAdvancePermissions.DECIDE);
        actor.require(TreasuryAdvancePermissions.VOTE);
        TreasuryAdvance a = in(actor, advanceId, AdvanceStatus.DISBURSED);
        String text = reasons == null ? "" : reasons.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new ValidationException("reasons", Messages.text(actor.locale(), "error.reasons", 2000));
        }
        var accounts = postings.accounts(actor);
        ValidatedEntry entry = ledger.post(actor.lending(LedgerPermissions.POST), postings.writeOff(
                actor.cooperativeId(), accounts, a.id(), a.activityId(), a.balance(), book.today(),
                Messages.text(actor.locale(), "entry.writeOff", a.id())));
        store.run(em -> {
            AdvanceEntity x = em.find(AdvanceEntity.class, advanceId);
            x.writtenOff(x.balanceMinor(), entry.id(), text, book.today(), now(), actor.login());
        });
        audit.record(actor, "treasury-advances.written-off", "advance:" + advanceId, entry.reference() + " " + text);
        return book.find(actor, advanceId).orElseThrow();
    }

    private void record(UserContext actor, TreasuryAdvance a, Money amount, String source, Long receiptEntryId,
                        String key) {
        var accounts = postings.accounts(actor);
        LocalDate today = book.today();
        ValidatedEntry entry = ledger.post(actor.lending(LedgerPermissions.POST), postings.repayment(
                actor.cooperativeId(), accounts, a.id(), a.activityId(), amount, today,
                Messages.text(actor.locale(), "entry.repayment", a.id()), key));
        LocalDateTime now = now();
        store.run(em -> {
            AdvanceEntity x = em.find(AdvanceEntity.class, a.id());
            if (amount.minorUnits() > x.balanceMinor()) {
                throw new ValidationException("amount", Messages.text(actor.locale(), "error.repayment",
                        Money.of(x.balanceMinor(), amount.currency())));
            }
            x.repaid(amount.minorUnits(), now, actor.login());
            em.persist(new RepaymentEntity(a.id(), actor.cooperativeId(), today, amount.minorUnits(), source,
                    receiptEntryId, entry.id(), now, actor.login()));
        });
        audit.record(actor, "treasury-advances.repaid", "advance:" + a.id(), amount.toPlainString() + " "
                + entry.reference());
    }

    private List<ValidatedEntry> bankEntries(UserContext actor, TreasuryAdvance a) {
        List<ValidatedEntry> found = new ArrayList<>();
        EntryQuery q = new EntryQuery(actor.cooperativeId(), JournalCode.BANK, a.disbursedOn(), book.today(),
                a.activityId(), null, 0, 500);
        for (int offset = 0; ; offset += 500) {
            List<ValidatedEntry> page = ledger.entries(actor.lending(LedgerPermissions.READ), q.page(offset, 500));
            found.addAll(page);
            if (page.size() < 500) {
                return found;
            }
        }
    }

    /** The cash a customer payment brought the activity: its cash debits, when it credits a customer account. */
    static long receipt(ValidatedEntry e, long activityId, Set<String> cash, Set<String> receivable) {
        if (e.reversesEntryId() != null || (e.idempotencyKey() != null
                && e.idempotencyKey().startsWith(AdvancePostings.KEY))) {
            return 0;
        }
        boolean fromCustomer = e.lines().stream().anyMatch(l -> l.activityId() == activityId
                && l.side() == Side.CREDIT && receivable.contains(l.accountCode()));
        if (!fromCustomer) {
            return 0;
        }
        return e.lines().stream().filter(l -> l.activityId() == activityId && l.side() == Side.DEBIT
                && cash.contains(l.accountCode())).map(PostingLine::amount).mapToLong(Money::minorUnits).sum();
    }

    private boolean taken(long advanceId, long entryId) {
        return store.read(em -> !em.createQuery("select r.id from TreasuryAdvanceRepayment r where r.advanceId = :a"
                        + " and r.receiptEntryId = :e", Long.class).setParameter("a", advanceId)
                .setParameter("e", entryId).getResultList().isEmpty());
    }

    private long takenFrom(long entryId) {
        Object sum = store.read(em -> em.createQuery("select sum(r.amountMinor) from TreasuryAdvanceRepayment r"
                + " where r.receiptEntryId = :e").setParameter("e", entryId).getSingleResult());
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    private TreasuryAdvance in(UserContext actor, long advanceId, AdvanceStatus expected) {
        TreasuryAdvance a = book.find(actor, advanceId).orElseThrow(() ->
                new ValidationException("advance", Messages.text(actor.locale(), "error.notFound")));
        if (a.status() != expected) {
            throw new ValidationException("advance", Messages.text(actor.locale(), "error.status",
                    Messages.text(actor.locale(), "status." + expected.name())));
        }
        return a;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
