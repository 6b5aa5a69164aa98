package coop.essaim.treasuryadvances.internal.advance;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activity;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.treasuryadvances.api.AdvanceKind;
import coop.essaim.treasuryadvances.api.AdvanceStatus;
import coop.essaim.treasuryadvances.api.RuleCheck;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import coop.essaim.treasuryadvances.api.TreasuryAdvancePermissions;
import coop.essaim.treasuryadvances.api.Vote;
import coop.essaim.treasuryadvances.api.VoteChoice;
import coop.essaim.treasuryadvances.internal.Messages;
import coop.essaim.treasuryadvances.internal.rule.ActivityFacts;
import coop.essaim.treasuryadvances.internal.rule.Eligibility;
import coop.essaim.treasuryadvances.internal.rule.RuleBook;
import coop.essaim.treasuryadvances.internal.rule.RuleEdition;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The board's votes and decisions. An approval runs in one transaction that first updates the cooperative's lock
 * row: approvals of one cooperative therefore run one after the other, and each checks the cooperative-wide
 * ceiling against what the previous ones committed (never check-then-insert). The board approves only when more
 * members voted for than against; a delegate decides alone up to the threshold of the rules in force.
 */
public final class Approvals {

    public static final String AUTOMATIC = "automatic";

    private final ModuleStore store;
    private final AdvanceBook book;
    private final RuleBook rules;
    private final AuditTrail audit;
    private final Clock clock;

    public Approvals(ModuleStore store, AdvanceBook book, RuleBook rules, AuditTrail audit, Clock clock) {
        this.store = store;
        this.book = book;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
        book.approvals(this);
    }

    public List<Vote> vote(UserContext actor, long advanceId, VoteChoice choice, String comment) {
        actor.require(TreasuryAdvancePermissions.VOTE);
        Messages m = new Messages(actor.locale());
        TreasuryAdvance a = pending(actor, advanceId);
        if (choice == null) {
            throw new ValidationException("choice", m.text("error.required"));
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > 1000) {
            throw new ValidationException("comment", m.text("error.tooLong", 1000));
        }
        LocalDateTime now = now();
        store.run(em -> {
            VoteEntity v = em.find(VoteEntity.class, new VoteEntity.Key(a.id(), actor.userId()));
            if (v == null) {
                v = new VoteEntity(a.id(), actor.userId(), actor.cooperativeId(), actor.displayName());
                v.cast(choice.name(), text, now);
                em.persist(v);
            } else {
                v.cast(choice.name(), text, now);
            }
        });
        audit.record(actor, "treasury-advances.voted", "advance:" + advanceId, choice.name());
        return votes(actor, advanceId);
    }

    /** The votes: the board's members only. */
    public List<Vote> votes(UserContext actor, long advanceId) {
        if (!actor.can(TreasuryAdvancePermissions.VOTE) && !actor.can(TreasuryAdvancePermissions.DECIDE)) {
            throw new AccessDeniedException(TreasuryAdvancePermissions.VOTE);
        }
        return store.read(em -> em.createQuery("select v from TreasuryAdvanceVote v where v.advanceId = :a and"
                        + " v.cooperativeId = :c order by v.votedAt, v.voterUserId", VoteEntity.class)
                .setParameter("a", advanceId).setParameter("c", actor.cooperativeId()).getResultList().stream()
                .map(v -> new Vote(v.advanceId, v.voterUserId, v.voterName, VoteChoice.valueOf(v.choice), v.comment,
                        v.votedAt.toInstant(ZoneOffset.UTC))).toList());
    }

    /**
     * Records the decision with its reasons, which the requester reads. An approval sets the share of each receipt
     * that repays it ({@code receiptShare}, null: as requested) and is refused, naming "rules", when a rule in force
     * fails on the figures of the moment.
     */
    public TreasuryAdvance decide(UserContext actor, long advanceId, boolean approve, String reasons,
                                  BigDecimal receiptShare) {
        Messages m = new Messages(actor.locale());
        TreasuryAdvance a = pending(actor, advanceId);
        RuleEdition inForce = rules.inForce(actor.cooperativeId(), book.today());
        mayDecide(actor, a, inForce, approve, m);
        String text = reasons == null ? "" : reasons.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new ValidationException("reasons", m.text("error.reasons", 2000));
        }
        BigDecimal share = receiptShare == null ? a.receiptShare() : receiptShare;
        if (a.repayment() == coop.essaim.treasuryadvances.api.RepaymentMode.RECEIPTS && (share.signum() <= 0
                || share.compareTo(new BigDecimal("100")) > 0 || share.scale() > 2)) {
            throw new ValidationException("receiptShare", m.text("error.receiptShare"));
        }
        if (approve) {
            approve(actor, a, inForce, inForce.invoiceShare(), text, share, actor.login());
        } else {
            store.run(em -> em.find(AdvanceEntity.class, advanceId).decide(AdvanceStatus.REJECTED.name(), text,
                    a.receiptShare(), now(), actor.login()));
        }
        audit.record(actor, approve ? "treasury-advances.approved" : "treasury-advances.rejected",
                "advance:" + advanceId, text);
        return book.find(actor, advanceId).orElseThrow();
    }

    /** The automatic salary advance: approved when it passes every rule, with the automatic share of invoices. */
    void automatic(UserContext actor, long advanceId, RuleEdition inForce) {
        TreasuryAdvance a = book.find(actor, advanceId).orElseThrow();
        if (a.kind() != AdvanceKind.SALARY) {
            return;
        }
        try {
            approve(actor, a, inForce, inForce.autoInvoiceShare(), Messages.text(actor.locale(), "decision.automatic",
                    inForce.autoInvoiceShare().stripTrailingZeros().toPlainString()), a.receiptShare(), AUTOMATIC);
            audit.record(actor, "treasury-advances.approved", "advance:" + advanceId, AUTOMATIC);
        } catch (ValidationException e) {
            // not granted automatically: the request waits for the board like any other
        }
    }

    private void approve(UserContext actor, TreasuryAdvance a, RuleEdition inForce, BigDecimal invoiceShare,
                         String reasons, BigDecimal share, String decidedBy) {
        Activity activity = book.readable(actor, a.activityId());
        Currency currency = a.amount().currency();
        ActivityFacts outside = book.facts(actor, activity, currency, null);
        ensureLockRow(actor.cooperativeId());
        store.run(em -> {
            em.createQuery("update TreasuryAdvanceCooperativeLock l set l.approvals = l.approvals + 1"
                    + " where l.cooperativeId = :c").setParameter("c", actor.cooperativeId()).executeUpdate();
            AdvanceEntity entity = em.find(AdvanceEntity.class, a.id());
            if (!AdvanceStatus.REQUESTED.name().equals(entity.status)) {
                throw new ValidationException("advance", Messages.text(actor.locale(), "error.notPending"));
            }
            ActivityFacts locked = lockedFacts(em, actor.cooperativeId(), a.activityId(), outside);
            Eligibility eligibility = new Eligibility(inForce, new Messages(actor.locale()));
            List<RuleCheck> checks = new ArrayList<>(eligibility.check(a.kind(), a.amount(), locked));
            checks.set(0, eligibility.invoiceShare(a.kind(), a.amount(), locked, invoiceShare));
            refuseFailing(checks);
            entity.decide(AdvanceStatus.APPROVED.name(), reasons, share, now(), decidedBy);
        });
    }

    /** The figures of this module's own tables again, read after the lock: what earlier approvals committed. */
    private static ActivityFacts lockedFacts(EntityManager em, long coop, long activityId, ActivityFacts outside) {
        Currency c = outside.unpaidNotOverdue().currency();
        return new ActivityFacts(outside.today(), outside.activityStart(), outside.invoicesKnown(),
                outside.unpaidNotOverdue(), Money.of(AdvanceFigures.activityOutstanding(em, coop, activityId), c),
                AdvanceFigures.activityOverdue(em, coop, activityId, outside.today()),
                Money.of(AdvanceFigures.cooperativeExposure(em, coop), c), outside.cooperativeTreasury());
    }

    private static void refuseFailing(List<RuleCheck> checks) {
        List<FieldError> failing = checks.stream()
                .filter(c -> c.blocks() || c.outcome() == RuleCheck.Outcome.CHECKED_AT_DECISION)
                .map(c -> new FieldError("rules." + c.rule(), c.explanation())).toList();
        if (!failing.isEmpty()) {
            throw new ValidationException(failing);
        }
    }

    private void mayDecide(UserContext actor, TreasuryAdvance a, RuleEdition inForce, boolean approve, Messages m) {
        if (actor.can(TreasuryAdvancePermissions.DECIDE)) {
            if (approve) {
                List<Vote> votes = votes(actor, a.id());
                long pro = votes.stream().filter(v -> v.choice() == VoteChoice.FOR).count();
                long contra = votes.stream().filter(v -> v.choice() == VoteChoice.AGAINST).count();
                if (pro <= contra) {
                    throw new ValidationException("votes", m.text("error.noMajority", pro, contra));
                }
            }
            return;
        }
        if (actor.can(TreasuryAdvancePermissions.DECIDE_DELEGATED)) {
            if (a.amount().minorUnits() > inForce.delegateThreshold()) {
                throw new ValidationException("amount", m.text("error.overThreshold",
                        Money.of(inForce.delegateThreshold(), a.amount().currency())));
            }
            return;
        }
        throw new AccessDeniedException(TreasuryAdvancePermissions.DECIDE);
    }

    private TreasuryAdvance pending(UserContext actor, long advanceId) {
        TreasuryAdvance a = book.find(actor, advanceId).orElseThrow(() ->
                new ValidationException("advance", Messages.text(actor.locale(), "error.notFound")));
        if (a.status() != AdvanceStatus.REQUESTED) {
            throw new ValidationException("advance", Messages.text(actor.locale(), "error.notPending"));
        }
        return a;
    }

    /** The lock row, created once per cooperative; a concurrent creation is fine (the key already exists). */
    void ensureLockRow(long cooperativeId) {
        boolean exists = store.read(em -> em.find(CooperativeLockEntity.class, cooperativeId) != null);
        if (!exists) {
            try {
                store.run(em -> em.persist(new CooperativeLockEntity(cooperativeId)));
            } catch (PersistenceException e) {
                if (!store.read(em -> em.find(CooperativeLockEntity.class, cooperativeId) != null)) {
                    throw e;
                }
            }
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

}
