package coop.essaim.brandgroups.internal.group;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.ledger.ActivityAccount;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.ActivityMember;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.UserContext;
import coop.essaim.brandgroups.api.BrandGroup;
import coop.essaim.brandgroups.api.MemberPeriod;
import coop.essaim.brandgroups.api.MemberRule;
import coop.essaim.brandgroups.api.MemberShare;
import coop.essaim.brandgroups.api.MonthSplit;
import coop.essaim.brandgroups.api.MonthlyWork;
import coop.essaim.brandgroups.api.RuleEdition;
import coop.essaim.brandgroups.api.SplitKind;
import coop.essaim.brandgroups.internal.Messages;
import coop.essaim.brandgroups.internal.split.RevenueSplit;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A month's split: the group's available amount for the month as the ledger core gives it (its activity's
 * account, {@link ActivityAccount#availableForPay()}: turnover excl. VAT − contribution − expenses, not recomputed
 * here), shared by the edition in force with {@link RevenueSplit} among the members present that month, and
 * recorded with the edition used. A month is split once: a second split is refused until a cancellation record
 * cancels the first; the cancelled split and its shares stay as they were.
 */
public final class Splits {

    static final int REASON_MAX = 1000;

    private final ModuleStore store;
    private final Groups groups;
    private final ActivityAccounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    public Splits(ModuleStore store, Groups groups, ActivityAccounts accounts, AuditTrail audit, Clock clock) {
        this.store = store;
        this.groups = groups;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Splits an ended month. Refused, naming the field: a month not over yet or already split ("month"), no
     * edition in force that month or a present member without a figure in it ("rule"), a present member without
     * hours or invoiced work entered for a pro-rata rule ("work").
     */
    public MonthSplit split(UserContext actor, long groupId, YearMonth month) {
        BrandGroup g = groups.managed(actor, groupId);
        Messages m = new Messages(actor.locale());
        if (month == null) {
            throw new ValidationException("month", m.text("error.required"));
        }
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new ValidationException("month", m.text("error.monthNotOver", month));
        }
        List<ActivityMember> present = g.members().stream()
                .filter(x -> RevenueSplit.daysPresent(period(x), month) > 0).toList();
        if (present.isEmpty()) {
            throw new ValidationException("month", m.text("error.nobody", month));
        }
        ActivityAccount account = accounts.account(actor.lending(LedgerPermissions.READ), g.activityId(),
                month.atDay(1), month.atEndOfMonth());
        Money available = account.availableForPay();
        MonthSplit saved = store.inTransaction(em -> {
            List<SplitEntity> earlier = splitsOf(em, groupId, month);
            if (earlier.stream().anyMatch(s -> cancellation(em, s.id).isEmpty())) {
                throw new ValidationException("month", m.text("error.alreadySplit", month));
            }
            EditionEntity edition = Rules.inForce(em, groupId, month).orElseThrow(() ->
                    new ValidationException("rule", m.text("error.noRule", month)));
            RuleEdition rule = Rules.edition(em, edition);
            Map<String, MonthlyWork> work = Rules.latestWork(em, groupId, month);
            List<MemberPeriod> periods = periods(actor, m, rule, present, work, month);
            List<MemberShare> shares = RevenueSplit.split(rule.kind(), month, available, periods);
            SplitEntity s = new SplitEntity();
            s.cooperativeId = actor.cooperativeId();
            s.groupId = groupId;
            s.monthStart = month.atDay(1);
            s.round = earlier.size() + 1;
            s.editionId = edition.id;
            s.available = available.minorUnits();
            s.currency = available.currency().getCurrencyCode();
            s.createdAt = LocalDateTime.now(clock);
            s.createdBy = actor.login();
            em.persist(s);
            em.flush();
            for (int i = 0; i < shares.size(); i++) {
                MemberShare share = shares.get(i);
                ShareEntity row = new ShareEntity();
                row.cooperativeId = actor.cooperativeId();
                row.splitId = s.id;
                row.personId = share.personId();
                row.line = i + 1;
                row.amount = share.amount().minorUnits();
                row.daysPresent = share.daysPresent();
                row.daysInMonth = share.daysInMonth();
                row.settlement = share.settlement();
                em.persist(row);
            }
            em.flush();
            return record(em, s);
        });
        audit.record(actor, "brandgroups.split", "brand-group:" + groupId, month + ": " + available.minorUnits()
                + " by edition " + saved.editionId());
        return saved;
    }

    /** Each present member with their figure for the rule; every missing figure named at once. */
    private List<MemberPeriod> periods(UserContext actor, Messages m, RuleEdition rule, List<ActivityMember> present,
                                       Map<String, MonthlyWork> work, YearMonth month) {
        List<MemberPeriod> out = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (ActivityMember x : present) {
            MemberRule r = rule.members().stream().filter(y -> y.personId() == x.personId()).findFirst().orElse(null);
            MonthlyWork w = work.get(month.atDay(1) + ":" + x.personId());
            String name = groups.memberName(actor, x.personId());
            SplitKind kind = rule.kind();
            if ((kind == SplitKind.FIXED_PERCENT || kind == SplitKind.FIXED_THEN_EQUAL) && r == null) {
                errors.add(new FieldError("rule", m.text("error.noFigure", name)));
            }
            if ((kind == SplitKind.PRO_RATA_HOURS || kind == SplitKind.PRO_RATA_INVOICED) && w == null) {
                errors.add(new FieldError("work", m.text("error.noWork", name, month)));
            }
            out.add(new MemberPeriod(x.personId(), x.from(), x.until(), r == null ? null : r.percent(),
                    w == null ? null : w.hours(), w == null ? null : w.invoiced(), r == null ? null : r.fixed()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return out;
    }

    /** Cancels a split with a reason, as a record of its own; the month may then be split again. */
    public MonthSplit cancel(UserContext actor, long splitId, String reason) {
        Messages m = new Messages(actor.locale());
        SplitEntity s = store.read(em -> Optional.ofNullable(em.find(SplitEntity.class, splitId)))
                .filter(x -> x.cooperativeId == actor.cooperativeId())
                .orElseThrow(() -> new ValidationException("splitId", m.text("error.noSplit")));
        groups.managed(actor, s.groupId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ValidationException("reason", m.text("error.required"));
        }
        if (why.length() > REASON_MAX) {
            throw new ValidationException("reason", m.text("error.tooLong", REASON_MAX));
        }
        MonthSplit out = store.inTransaction(em -> {
            if (cancellation(em, splitId).isPresent()) {
                throw new ValidationException("splitId", m.text("error.cancelled"));
            }
            CancellationEntity c = new CancellationEntity();
            c.cooperativeId = actor.cooperativeId();
            c.splitId = splitId;
            c.reason = why;
            c.createdAt = LocalDateTime.now(clock);
            c.createdBy = actor.login();
            em.persist(c);
            em.flush();
            return record(em, em.find(SplitEntity.class, splitId));
        });
        audit.record(actor, "brandgroups.cancel-split", "brand-group:" + s.groupId, YearMonth.from(s.monthStart)
                + ": " + why);
        return out;
    }

    /** Every split of the group, latest month first, the latest split of a month first. */
    public List<MonthSplit> splits(UserContext actor, long groupId) {
        groups.readable(actor, groupId);
        return store.read(em -> em.createQuery("select s from BrandGroupSplit s where s.groupId = :g"
                        + " order by s.monthStart desc, s.round desc", SplitEntity.class).setParameter("g", groupId)
                .getResultList().stream().map(s -> record(em, s)).toList());
    }

    /** The group's account month by month, {@code from} to {@code to}, from the ledger core. */
    public List<ActivityAccount> figures(UserContext actor, long groupId, YearMonth from, YearMonth to) {
        BrandGroup g = groups.readable(actor, groupId);
        UserContext reader = Groups.manages(actor) ? actor.lending(LedgerPermissions.READ) : actor;
        return accounts.monthly(reader, g.activityId(), from, to);
    }

    static Optional<SplitEntity> activeSplit(EntityManager em, long groupId, YearMonth month) {
        return splitsOf(em, groupId, month).stream().filter(s -> cancellation(em, s.id).isEmpty()).findFirst();
    }

    /** Whether a month from {@code month} on has a split that stands. */
    static boolean activeSplitFrom(EntityManager em, long groupId, YearMonth month) {
        return em.createQuery("select s from BrandGroupSplit s where s.groupId = :g and s.monthStart >= :m",
                        SplitEntity.class).setParameter("g", groupId).setParameter("m", month.atDay(1))
                .getResultList().stream().anyMatch(s -> cancellation(em, s.id).isEmpty());
    }

    private static List<SplitEntity> splitsOf(EntityManager em, long groupId, YearMonth month) {
        return em.createQuery("select s from BrandGroupSplit s where s.groupId = :g and s.monthStart = :m"
                        + " order by s.round", SplitEntity.class).setParameter("g", groupId)
                .setParameter("m", month.atDay(1)).getResultList();
    }

    private static Optional<CancellationEntity> cancellation(EntityManager em, long splitId) {
        return em.createQuery("select c from BrandGroupCancellation c where c.splitId = :s", CancellationEntity.class)
                .setParameter("s", splitId).getResultList().stream().findFirst();
    }

    private static MonthSplit record(EntityManager em, SplitEntity s) {
        Currency currency = Currency.getInstance(s.currency);
        List<MemberShare> shares = em.createQuery("select x from BrandGroupShare x where x.splitId = :s"
                        + " order by x.line", ShareEntity.class).setParameter("s", s.id).getResultList().stream()
                .map(x -> new MemberShare(x.personId, Money.of(x.amount, currency), x.daysPresent, x.daysInMonth,
                        x.settlement)).toList();
        EditionEntity e = em.find(EditionEntity.class, s.editionId);
        Optional<CancellationEntity> c = cancellation(em, s.id);
        return new MonthSplit(s.id, s.groupId, YearMonth.from(s.monthStart), s.editionId, SplitKind.valueOf(e.kind),
                Money.of(s.available, currency), shares, s.createdAt, s.createdBy, c.isPresent(),
                c.map(x -> x.reason).orElse(null));
    }

    private static MemberPeriod period(ActivityMember x) {
        return MemberPeriod.of(x.personId(), x.from(), x.until());
    }
}
