package coop.essaim.brandgroups.internal.group;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.money.Money;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.UserContext;
import coop.essaim.brandgroups.api.BrandGroup;
import coop.essaim.brandgroups.api.MemberRule;
import coop.essaim.brandgroups.api.MonthlyWork;
import coop.essaim.brandgroups.api.RuleDraft;
import coop.essaim.brandgroups.api.RuleEdition;
import coop.essaim.brandgroups.api.SplitKind;
import coop.essaim.brandgroups.internal.Messages;
import coop.essaim.brandgroups.internal.split.RevenueSplit;
import coop.essaim.brandgroups.api.MemberPeriod;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A group's dated rule editions and its members' monthly work figures. Both are append-only: a new edition
 * replaces the rule from its own month (of two from one month, the later recorded), a new work figure replaces
 * the member's figure for that month.
 */
public final class Rules {

    static final BigDecimal HUNDRED = new BigDecimal("100");
    static final BigDecimal MAX_HOURS = new BigDecimal("744"); // every hour of a 31-day month
    static final int DECIDED_BY_MAX = 200;

    private final ModuleStore store;
    private final Groups groups;
    private final AuditTrail audit;
    private final Clock clock;

    public Rules(ModuleStore store, Groups groups, AuditTrail audit, Clock clock) {
        this.store = store;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a new edition. Refused, naming each field: no kind, month or decision date; a decision dated in the
     * future; nobody named as deciding; a month already split (cancel its split first); for FIXED_PERCENT a
     * current member without a percentage, a percentage outside 0-100 or finer than a hundredth, or percentages
     * that do not total 100; for FIXED_THEN_EQUAL a current member without an amount or a negative one; a figure
     * for someone who is not a current member.
     */
    public RuleEdition add(UserContext actor, long groupId, RuleDraft draft) {
        BrandGroup g = groups.managed(actor, groupId);
        Messages m = new Messages(actor.locale());
        Currency currency = groups.currency(actor.cooperativeId());
        List<FieldError> errors = new ArrayList<>();
        if (draft.kind() == null) {
            errors.add(new FieldError("kind", m.text("error.required")));
        }
        if (draft.validFrom() == null) {
            errors.add(new FieldError("validFrom", m.text("error.required")));
        }
        if (draft.decidedOn() == null) {
            errors.add(new FieldError("decidedOn", m.text("error.required")));
        } else if (draft.decidedOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("decidedOn", m.text("error.future")));
        }
        String by = draft.decidedBy() == null ? "" : draft.decidedBy().strip();
        if (by.isEmpty()) {
            errors.add(new FieldError("decidedBy", m.text("error.required")));
        } else if (by.length() > DECIDED_BY_MAX) {
            errors.add(new FieldError("decidedBy", m.text("error.tooLong", DECIDED_BY_MAX)));
        }
        if (draft.kind() != null) {
            memberErrors(actor, m, g, draft, currency, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        EditionEntity saved = store.inTransaction(em -> {
            if (Splits.activeSplitFrom(em, groupId, draft.validFrom())) {
                throw new ValidationException("validFrom", m.text("error.monthSplit"));
            }
            EditionEntity e = new EditionEntity();
            e.cooperativeId = actor.cooperativeId();
            e.groupId = groupId;
            e.kind = draft.kind().name();
            e.validFrom = draft.validFrom().atDay(1);
            e.decidedOn = draft.decidedOn();
            e.decidedBy = by;
            e.currency = currency.getCurrencyCode();
            e.createdAt = LocalDateTime.now(clock);
            e.createdBy = actor.login();
            em.persist(e);
            if (usesFigures(draft.kind())) {
                for (MemberRule r : draft.members()) {
                    EditionMemberEntity row = new EditionMemberEntity();
                    row.cooperativeId = actor.cooperativeId();
                    row.editionId = e.id;
                    row.personId = r.personId();
                    row.percent = draft.kind() == SplitKind.FIXED_PERCENT ? r.percent() : null;
                    row.fixed = draft.kind() == SplitKind.FIXED_THEN_EQUAL ? r.fixed().minorUnits() : null;
                    em.persist(row);
                }
            }
            em.flush();
            return e;
        });
        audit.record(actor, "brandgroups.rule", "brand-group:" + groupId, draft.kind() + " from "
                + draft.validFrom() + ", decided on " + draft.decidedOn() + " by " + by);
        return store.read(em -> edition(em, saved));
    }

    private static boolean usesFigures(SplitKind kind) {
        return kind == SplitKind.FIXED_PERCENT || kind == SplitKind.FIXED_THEN_EQUAL;
    }

    private void memberErrors(UserContext actor, Messages m, BrandGroup g, RuleDraft draft, Currency currency,
                              List<FieldError> errors) {
        if (!usesFigures(draft.kind())) {
            return;
        }
        List<Long> current = g.currentMemberIds();
        Map<Long, MemberRule> byPerson = new HashMap<>();
        for (int i = 0; i < draft.members().size(); i++) {
            MemberRule r = draft.members().get(i);
            if (!current.contains(r.personId()) || byPerson.put(r.personId(), r) != null) {
                errors.add(new FieldError("members[" + i + "].personId", m.text("error.notMember")));
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < current.size(); i++) {
            long person = current.get(i);
            MemberRule r = byPerson.get(person);
            String field = "members[" + indexOf(draft, person) + "]";
            String name = groups.memberName(actor, person);
            if (draft.kind() == SplitKind.FIXED_PERCENT) {
                BigDecimal p = r == null ? null : r.percent();
                if (p == null) {
                    errors.add(new FieldError(field + ".percent", m.text("error.percentMissing", name)));
                } else if (p.signum() < 0 || p.compareTo(HUNDRED) > 0 || p.stripTrailingZeros().scale() > 2) {
                    errors.add(new FieldError(field + ".percent", m.text("error.percent", name)));
                } else {
                    total = total.add(p);
                }
            } else {
                Money f = r == null ? null : r.fixed();
                if (f == null) {
                    errors.add(new FieldError(field + ".fixed", m.text("error.fixedMissing", name)));
                } else if (!f.currency().equals(currency)) {
                    errors.add(new FieldError(field + ".fixed", m.text("error.currency", currency.getCurrencyCode())));
                } else if (f.isNegative()) {
                    errors.add(new FieldError(field + ".fixed", m.text("error.fixed", name)));
                }
            }
        }
        if (draft.kind() == SplitKind.FIXED_PERCENT && errors.stream().noneMatch(e -> e.field().endsWith(".percent"))
                && total.compareTo(HUNDRED) != 0) {
            errors.add(new FieldError("members", m.text("error.percentTotal", total.stripTrailingZeros()
                    .toPlainString())));
        }
    }

    /** Where the member's figure is in the draft, or where it would go after the others when missing. */
    private static int indexOf(RuleDraft draft, long person) {
        for (int i = 0; i < draft.members().size(); i++) {
            if (draft.members().get(i).personId() == person) {
                return i;
            }
        }
        return draft.members().size();
    }

    /** Every edition of the group, the latest in force first (by month, then by recording). */
    public List<RuleEdition> editions(UserContext actor, long groupId) {
        groups.readable(actor, groupId);
        return store.read(em -> em.createQuery("select e from BrandGroupEdition e where e.groupId = :g"
                        + " order by e.validFrom desc, e.id desc", EditionEntity.class).setParameter("g", groupId)
                .getResultList().stream().map(e -> edition(em, e)).toList());
    }

    /** The edition in force in {@code month}: the latest from that month or before. */
    public Optional<RuleEdition> inForce(UserContext actor, long groupId, YearMonth month) {
        groups.readable(actor, groupId);
        return store.read(em -> inForce(em, groupId, month).map(e -> edition(em, e)));
    }

    static Optional<EditionEntity> inForce(EntityManager em, long groupId, YearMonth month) {
        return em.createQuery("select e from BrandGroupEdition e where e.groupId = :g and e.validFrom <= :m"
                        + " order by e.validFrom desc, e.id desc", EditionEntity.class).setParameter("g", groupId)
                .setParameter("m", month.atDay(1)).setMaxResults(1).getResultList().stream().findFirst();
    }

    static RuleEdition edition(EntityManager em, EditionEntity e) {
        Currency currency = Currency.getInstance(e.currency);
        List<MemberRule> members = em.createQuery("select r from BrandGroupEditionMember r where r.editionId = :e"
                        + " order by r.id", EditionMemberEntity.class).setParameter("e", e.id).getResultList().stream()
                .map(r -> new MemberRule(r.personId, r.percent, r.fixed == null ? null : Money.of(r.fixed, currency)))
                .toList();
        return new RuleEdition(e.id, e.groupId, SplitKind.valueOf(e.kind), YearMonth.from(e.validFrom), e.decidedOn,
                e.decidedBy, members, e.createdAt, e.createdBy);
    }

    /**
     * Records a member's hours and invoiced work for a month: a member of the group during that month, a month
     * not after the current one and not already split, hours from 0 to 744 to the hundredth, an amount of zero or
     * more in the cooperative's currency.
     */
    public MonthlyWork recordWork(UserContext actor, long groupId, MonthlyWork work) {
        BrandGroup g = groups.managed(actor, groupId);
        Messages m = new Messages(actor.locale());
        Currency currency = groups.currency(actor.cooperativeId());
        List<FieldError> errors = new ArrayList<>();
        if (work.month() == null) {
            errors.add(new FieldError("month", m.text("error.required")));
        } else if (work.month().isAfter(YearMonth.now(clock))) {
            errors.add(new FieldError("month", m.text("error.futureMonth")));
        } else if (g.members().stream().noneMatch(x -> x.personId() == work.personId()
                && RevenueSplit.daysPresent(MemberPeriod.of(x.personId(), x.from(), x.until()), work.month()) > 0)) {
            errors.add(new FieldError("personId", m.text("error.notMemberThen", work.month())));
        }
        BigDecimal h = work.hours();
        if (h == null) {
            errors.add(new FieldError("hours", m.text("error.required")));
        } else if (h.signum() < 0 || h.compareTo(MAX_HOURS) > 0 || h.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("hours", m.text("error.hours")));
        }
        Money inv = work.invoiced();
        if (inv == null) {
            errors.add(new FieldError("invoiced", m.text("error.required")));
        } else if (!inv.currency().equals(currency)) {
            errors.add(new FieldError("invoiced", m.text("error.currency", currency.getCurrencyCode())));
        } else if (inv.isNegative()) {
            errors.add(new FieldError("invoiced", m.text("error.amount")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        store.run(em -> {
            if (Splits.activeSplit(em, groupId, work.month()).isPresent()) {
                throw new ValidationException("month", m.text("error.monthSplit"));
            }
            WorkEntity w = new WorkEntity();
            w.cooperativeId = actor.cooperativeId();
            w.groupId = groupId;
            w.personId = work.personId();
            w.monthStart = work.month().atDay(1);
            w.hours = h.setScale(2);
            w.invoiced = inv.minorUnits();
            w.currency = currency.getCurrencyCode();
            w.createdAt = LocalDateTime.now(clock);
            w.createdBy = actor.login();
            em.persist(w);
        });
        audit.record(actor, "brandgroups.work", "brand-group:" + groupId, "person " + work.personId() + " "
                + work.month() + ": " + h.toPlainString() + " h, " + inv.minorUnits());
        return new MonthlyWork(work.personId(), work.month(), h.setScale(2), inv);
    }

    /** The figures in force, latest month first, then by member. */
    public List<MonthlyWork> work(UserContext actor, long groupId) {
        groups.readable(actor, groupId);
        return store.read(em -> List.copyOf(latestWork(em, groupId, null).values()));
    }

    /** The latest figure of each member and month ({@code month} null: every month), latest month first. */
    static Map<String, MonthlyWork> latestWork(EntityManager em, long groupId, YearMonth month) {
        String q = "select w from BrandGroupWork w where w.groupId = :g" + (month == null ? "" : " and w.monthStart = :m")
                + " order by w.monthStart desc, w.personId, w.id desc";
        var query = em.createQuery(q, WorkEntity.class).setParameter("g", groupId);
        if (month != null) {
            query.setParameter("m", month.atDay(1));
        }
        Map<String, MonthlyWork> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (WorkEntity w : query.getResultList()) {
            String key = w.monthStart + ":" + w.personId;
            if (seen.add(key)) {
                out.put(key, new MonthlyWork(w.personId, YearMonth.from(w.monthStart), w.hours,
                        Money.of(w.invoiced, Currency.getInstance(w.currency))));
            }
        }
        return out;
    }
}
