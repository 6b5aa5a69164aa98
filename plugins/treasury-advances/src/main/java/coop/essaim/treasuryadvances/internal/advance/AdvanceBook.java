package coop.essaim.treasuryadvances.internal.advance;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.treasuryadvances.api.AdvanceKind;
import coop.essaim.treasuryadvances.api.AdvanceRequest;
import coop.essaim.treasuryadvances.api.AdvanceStatus;
import coop.essaim.treasuryadvances.api.RuleCheck;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import coop.essaim.treasuryadvances.api.TreasuryAdvancePermissions;
import coop.essaim.treasuryadvances.internal.Messages;
import coop.essaim.treasuryadvances.internal.rule.ActivityFacts;
import coop.essaim.treasuryadvances.internal.rule.Eligibility;
import coop.essaim.treasuryadvances.internal.rule.RuleBook;
import coop.essaim.treasuryadvances.internal.rule.RuleEdition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Requests and reading. A requester reaches the activities the core lets them read (an entrepreneur: their own);
 * {@link TreasuryAdvancePermissions#MANAGE} reads every advance of the cooperative. A request is checked against the
 * rules in force (shown, and kept for the board), and when the rules make it automatic it is approved at once
 * through the same locked approval as the board's.
 */
public final class AdvanceBook {

    private final ModuleStore store;
    private final Activities activities;
    private final CoreFigures core;
    private final RuleBook rules;
    private final AuditTrail audit;
    private final CooperativeDirectory cooperatives;
    private final Clock clock;
    private Approvals approvals;

    public AdvanceBook(ModuleStore store, Activities activities, CoreFigures core, RuleBook rules, AuditTrail audit,
                       CooperativeDirectory cooperatives, Clock clock) {
        this.cooperatives = cooperatives;
        this.store = store;
        this.activities = activities;
        this.core = core;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    void approvals(Approvals value) {
        this.approvals = value;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Records the request; approved at once when the rules in force grant it automatically. */
    public TreasuryAdvance request(UserContext actor, AdvanceRequest request) {
        actor.require(TreasuryAdvancePermissions.REQUEST);
        Activity activity = requestable(actor, request == null ? 0 : request.activityId());
        AdvanceRequest checked = new RequestRules(new Messages(actor.locale()), today()).check(request);
        String currency = cooperatives.find(actor.cooperativeId()).map(c -> c.currency()).orElse("");
        if (!checked.amount().currency().getCurrencyCode().equals(currency)) {
            throw new ValidationException("amount", Messages.text(actor.locale(), "error.currency", currency));
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        long id = store.inTransaction(em -> {
            AdvanceEntity a = new AdvanceEntity(actor.cooperativeId(), activity.id(), checked.kind().name(),
                    checked.amount().minorUnits(), checked.amount().currency().getCurrencyCode(), checked.reason(),
                    checked.invoiceReferences().isEmpty() ? null : String.join("\n", checked.invoiceReferences()),
                    checked.repayment().name(), checked.receiptShare(), checked.dueOn(), false, now, actor.login());
            em.persist(a);
            em.flush();
            checked.schedule().forEach(i -> em.persist(new InstalmentEntity(a.id, actor.cooperativeId(), i.dueOn(),
                    i.amount().minorUnits())));
            return a.id;
        });
        audit.record(actor, "treasury-advances.requested", "advance:" + id, "activity:" + activity.id() + " "
                + checked.amount().toPlainString() + " " + checked.kind());
        RuleEdition inForce = rules.inForce(actor.cooperativeId(), today());
        if (approvals != null) {
            // made now, one request at a time, rather than by concurrent approvals
            approvals.ensureLockRow(actor.cooperativeId());
        }
        if (approvals != null && inForce.automaticFor(activity.id())) {
            approvals.automatic(actor, id, inForce);
        }
        return find(actor, id).orElseThrow();
    }

    /** Each rule in force applied to the advance (or a draft), as the requester and the board see it. */
    public List<RuleCheck> checks(UserContext actor, long activityId, AdvanceKind kind,
                                  Money amount, Long excludedAdvanceId) {
        Activity activity = readable(actor, activityId);
        RuleEdition inForce = rules.inForce(actor.cooperativeId(), today());
        ActivityFacts facts = facts(actor, activity, amount.currency(), excludedAdvanceId);
        return new Eligibility(inForce, new Messages(actor.locale())).check(kind, amount, facts);
    }

    ActivityFacts facts(UserContext actor, Activity activity, Currency currency, Long excludedAdvanceId) {
        LocalDate today = today();
        Money unpaid = core.unpaidNotOverdue(actor, activity.id(), today, currency);
        var treasury = core.cooperativeTreasury(actor, today, currency);
        return store.read(em -> {
            long excluded = excludedAdvanceId == null ? 0 : em.createQuery("select a from TreasuryAdvance a where"
                            + " a.id = :id and a.status in :s", AdvanceEntity.class).setParameter("id", excludedAdvanceId)
                    .setParameter("s", List.of("APPROVED", "DISBURSED")).getResultList().stream()
                    .mapToLong(AdvanceEntity::balanceMinor).sum();
            return new ActivityFacts(today, activity.start(), core.invoicesKnown(), unpaid,
                    Money.of(AdvanceFigures.activityOutstanding(em, actor.cooperativeId(), activity.id()) - excluded,
                            currency),
                    AdvanceFigures.activityOverdue(em, actor.cooperativeId(), activity.id(), today),
                    Money.of(AdvanceFigures.cooperativeExposure(em, actor.cooperativeId()) - excluded, currency),
                    treasury);
        });
    }

    public Optional<TreasuryAdvance> find(UserContext actor, long advanceId) {
        return store.read(em -> Optional.ofNullable(em.find(AdvanceEntity.class, advanceId))
                .filter(a -> a.cooperativeId == actor.cooperativeId())
                .filter(a -> reads(actor, a.activityId))
                .map(a -> AdvanceFigures.records(em, List.of(a), today()).get(0)));
    }

    /** Every advance of the cooperative, latest first, optionally of one status. */
    public List<TreasuryAdvance> all(UserContext actor, AdvanceStatus status) {
        actor.require(TreasuryAdvancePermissions.MANAGE);
        if (actor.confinedToOwnActivities()) {
            throw new AccessDeniedException(TreasuryAdvancePermissions.MANAGE);
        }
        List<String> statuses = status == null ? java.util.Arrays.stream(AdvanceStatus.values()).map(Enum::name)
                .toList() : List.of(status.name());
        return store.read(em -> AdvanceFigures.records(em, em.createQuery("select a from TreasuryAdvance a where"
                        + " a.cooperativeId = :c and a.status in :s order by a.id desc", AdvanceEntity.class)
                .setParameter("c", actor.cooperativeId()).setParameter("s", statuses).getResultList(), today()));
    }

    /** The advances of the activities the actor is a member of (an entrepreneur's own), latest first. */
    public List<TreasuryAdvance> own(UserContext actor) {
        actor.require(TreasuryAdvancePermissions.REQUEST_OWN);
        List<Long> mine = ownActivities(actor).stream().map(Activity::id).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        return store.read(em -> AdvanceFigures.records(em, em.createQuery("select a from TreasuryAdvance a where"
                        + " a.cooperativeId = :c and a.activityId in :ids order by a.id desc", AdvanceEntity.class)
                .setParameter("c", actor.cooperativeId()).setParameter("ids", mine).getResultList(), today()));
    }

    /** The activities the actor may request for: their own, or any they read with {@code MANAGE}. */
    public List<Activity> requestableActivities(UserContext actor) {
        if (actor.can(TreasuryAdvancePermissions.MANAGE) && !actor.confinedToOwnActivities()) {
            return activities.list(actor, null, ActivityStatus.ACTIVE);
        }
        return ownActivities(actor);
    }

    /** An entrepreneur's activities, as the core confines them; nobody else has "own" activities here. */
    private List<Activity> ownActivities(UserContext actor) {
        if (!actor.can(TreasuryAdvancePermissions.REQUEST_OWN) || !actor.confinedToOwnActivities()) {
            return List.of();
        }
        return activities.list(actor, null, ActivityStatus.ACTIVE).stream()
                .sorted(Comparator.comparing(Activity::name)).toList();
    }

    boolean reads(UserContext actor, long activityId) {
        if (actor.can(TreasuryAdvancePermissions.MANAGE) && !actor.confinedToOwnActivities()) {
            return true;
        }
        return actor.can(TreasuryAdvancePermissions.REQUEST_OWN) && actor.confinedToOwnActivities()
                && activities.find(actor, activityId).isPresent();
    }

    Activity readable(UserContext actor, long activityId) {
        if (!reads(actor, activityId)) {
            if (!actor.can(TreasuryAdvancePermissions.MANAGE) && !actor.can(TreasuryAdvancePermissions.REQUEST_OWN)) {
                throw new AccessDeniedException(TreasuryAdvancePermissions.REQUEST_OWN);
            }
            throw new ValidationException("activityId", Messages.text(actor.locale(), "error.notFound"));
        }
        return activities.find(actor, activityId).orElseThrow(() ->
                new ValidationException("activityId", Messages.text(actor.locale(), "error.notFound")));
    }

    private Activity requestable(UserContext actor, long activityId) {
        return readable(actor, activityId);
    }
}
