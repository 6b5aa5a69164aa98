package coop.essaim.mutualtraining.internal.request;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.mutualtraining.api.Budget;
import coop.essaim.mutualtraining.api.CriterionResult;
import coop.essaim.mutualtraining.api.MutualTrainingPermissions;
import coop.essaim.mutualtraining.api.NewRequest;
import coop.essaim.mutualtraining.api.RequestStatus;
import coop.essaim.mutualtraining.api.TrainingRequest;
import coop.essaim.mutualtraining.internal.Messages;
import coop.essaim.mutualtraining.internal.criteria.Criteria;
import coop.essaim.mutualtraining.internal.criteria.CriteriaBook;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Training requests, their score, the committee's decisions and the yearly budget. An approval commits the cost
 * inside one transaction that first locks the year's budget row, so two approvals never both take the last euros;
 * beyond what remains (or beyond the external share) it needs an override whose reason is recorded on the request
 * and in the audit trail. A member reads only their own requests; the committee and the budget holders read all.
 */
public final class RequestBook {

    private final ModuleStore store;
    private final CriteriaBook criteria;
    private final People people;
    private final CooperativeDirectory cooperatives;
    private final AuditTrail audit;
    private final Clock clock;

    public RequestBook(ModuleStore store, CriteriaBook criteria, People people, CooperativeDirectory cooperatives,
                       AuditTrail audit, Clock clock) {
        this.store = store;
        this.criteria = criteria;
        this.people = people;
        this.cooperatives = cooperatives;
        this.audit = audit;
        this.clock = clock;
    }

    public Currency currency(long cooperativeId) {
        return Currency.getInstance(cooperatives.find(cooperativeId).map(c -> c.currency()).orElse("EUR"));
    }

    public TrainingRequest submit(UserContext actor, NewRequest r) {
        actor.require(MutualTrainingPermissions.MEMBER);
        Messages m = new Messages(actor.locale());
        Currency currency = currency(actor.cooperativeId());
        List<FieldError> errors = new ArrayList<>();
        required(errors, m, "title", r.title(), 200);
        required(errors, m, "goal", r.goal(), 2000);
        if (r.purpose() != null && r.purpose().length() > 2000) {
            errors.add(new FieldError("purpose", m.text("error.tooLong", 2000)));
        }
        if (r.cost() == null || r.cost().isNegative()) {
            errors.add(new FieldError("cost", m.text("error.amount")));
        } else if (!r.cost().currency().equals(currency)) {
            errors.add(new FieldError("cost", m.text("error.currency", currency.getCurrencyCode())));
        }
        if (r.hours() == null || r.hours().signum() <= 0 || r.hours().compareTo(new BigDecimal("1000")) > 0
                || r.hours().scale() > 2) {
            errors.add(new FieldError("hours", m.text("error.hours")));
        }
        String pathStatus = null;
        if (r.personId() != null) {
            Optional<Person> person = people.find(actor, r.personId());
            if (person.isEmpty()) {
                errors.add(new FieldError("personId", m.text("error.person")));
            } else {
                pathStatus = person.get().statusCode();
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDate today = LocalDate.now(clock);
        Criteria c = criteria.inForce(actor.cooperativeId(), today);
        String status = pathStatus;
        long id = store.inTransaction(em -> {
            long approved = approvedFor(em, actor.cooperativeId(), actor.userId(), today.getYear());
            List<CriterionResult> scored = Scoring.score(c, new Scoring.Facts(status, r.internal(), r.purpose(),
                    r.cost().minorUnits(), approved), m);
            RequestEntity e = new RequestEntity(actor.cooperativeId(), actor.userId(), actor.displayName());
            e.pathStatus = status;
            e.title = r.title().strip();
            e.internal = r.internal();
            e.offerId = r.offerId();
            e.goal = r.goal().strip();
            e.purpose = r.purpose() == null || r.purpose().isBlank() ? null : r.purpose().strip();
            e.cost = r.cost().minorUnits();
            e.currency = currency.getCurrencyCode();
            e.hours = r.hours();
            e.year = today.getYear();
            e.submittedOn = today;
            e.criteriaFrom = c.validFrom();
            e.score = Scoring.total(scored);
            e.scoreDetail = Scoring.encode(scored);
            e.status = RequestStatus.SUBMITTED.name();
            e.createdAt = now();
            em.persist(e);
            em.flush();
            return e.id;
        });
        audit.record(actor, "mutual-training.request.submitted", "request:" + id, r.title());
        return find(actor, id).orElseThrow();
    }

    /** The member's own requests, newest first. */
    public List<TrainingRequest> own(UserContext actor) {
        actor.require(MutualTrainingPermissions.MEMBER);
        return store.read(em -> em.createQuery("select r from MutualTrainingRequest r where r.cooperativeId = :c"
                        + " and r.memberUserId = :u order by r.submittedOn desc, r.id desc", RequestEntity.class)
                .setParameter("c", actor.cooperativeId()).setParameter("u", actor.userId()).getResultList()
                .stream().map(e -> toRecord(e, actor)).toList());
    }

    /** Every request of a year (the committee), highest score first then oldest; {@code status} null: any. */
    public List<TrainingRequest> all(UserContext actor, int year, RequestStatus status) {
        if (!actor.can(MutualTrainingPermissions.DECIDE) && !actor.can(MutualTrainingPermissions.BUDGET)) {
            throw new AccessDeniedException(MutualTrainingPermissions.DECIDE);
        }
        return store.read(em -> em.createQuery("select r from MutualTrainingRequest r where r.cooperativeId = :c"
                        + " and r.year = :y order by r.score desc, r.submittedOn, r.id", RequestEntity.class)
                .setParameter("c", actor.cooperativeId()).setParameter("y", year).getResultList().stream()
                .filter(e -> status == null || e.status.equals(status.name())).map(e -> toRecord(e, actor))
                .toList());
    }

    /** Empty when it is not the actor's own request and they are neither the committee nor the budget holders. */
    public Optional<TrainingRequest> find(UserContext actor, long id) {
        return store.read(em -> Optional.ofNullable(em.find(RequestEntity.class, id))
                .filter(e -> readable(actor, e)).map(e -> toRecord(e, actor)));
    }

    public TrainingRequest decide(UserContext actor, long id, Decision d) {
        actor.require(MutualTrainingPermissions.DECIDE);
        Messages m = new Messages(actor.locale());
        List<FieldError> errors = new ArrayList<>();
        if (d.choice() == null) {
            errors.add(new FieldError("choice", m.text("error.choice")));
        }
        required(errors, m, "reasons", d.reasons(), 2000);
        if (d.overrideReason() != null && d.overrideReason().length() > 2000) {
            errors.add(new FieldError("overrideReason", m.text("error.tooLong", 2000)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        store.run(em -> {
            RequestEntity e = Optional.ofNullable(em.find(RequestEntity.class, id))
                    .filter(x -> x.cooperativeId == actor.cooperativeId())
                    .orElseThrow(() -> new ValidationException("id", m.text("error.noRequest")));
            if (!e.status.equals(RequestStatus.SUBMITTED.name()) && !e.status.equals(RequestStatus.ON_HOLD.name())) {
                throw new ValidationException("choice", m.text("error.decided"));
            }
            if (d.choice() == Decision.Choice.APPROVE) {
                commit(em, actor, e, d, m);
            }
            e.decide(switch (d.choice()) {
                case APPROVE -> RequestStatus.APPROVED.name();
                case REFUSE -> RequestStatus.REFUSED.name();
                case HOLD -> RequestStatus.ON_HOLD.name();
            }, d.reasons().strip(), now(), actor.login());
        });
        audit.record(actor, "mutual-training.request.decided", "request:" + id, d.choice() + ": " + d.reasons());
        if (d.choice() == Decision.Choice.APPROVE && d.overrideReason() != null && !d.overrideReason().isBlank()) {
            TrainingRequest after = find(actor, id).orElseThrow();
            if (after.overrideReason() != null) {
                audit.record(actor, "mutual-training.budget.override", "request:" + id, after.overrideReason());
            }
        }
        return find(actor, id).orElseThrow();
    }

    /** With the budget row locked: what remains, and for an external training what remains outside the reserve. */
    private void commit(EntityManager em, UserContext actor, RequestEntity e, Decision d, Messages m) {
        BudgetEntity b = budgetRow(em, actor.cooperativeId(), e.year)
                .orElseThrow(() -> new ValidationException("budget", m.text("error.noBudget", e.year)));
        em.refresh(b, LockModeType.PESSIMISTIC_WRITE);
        long total = b.contribution + b.grant;
        long committed = committed(em, actor.cooperativeId(), e.year, null);
        long remaining = total - committed;
        boolean beyond = e.cost > remaining;
        long externalRemaining = 0;
        if (!e.internal) {
            long reserved = reserved(total, criteria.inForce(actor.cooperativeId(), LocalDate.now(clock)));
            externalRemaining = total - reserved - committed(em, actor.cooperativeId(), e.year, false);
            beyond = beyond || e.cost > externalRemaining;
        }
        if (beyond) {
            if (d.overrideReason() == null || d.overrideReason().isBlank()) {
                Currency cur = Currency.getInstance(e.currency);
                String left = m.money(Money.of(Math.max(0, e.internal ? remaining
                        : Math.min(remaining, externalRemaining)), cur));
                throw new ValidationException("overrideReason", m.text(e.internal ? "error.override"
                        : "error.overrideExternal", m.money(Money.of(e.cost, cur)), left));
            }
            e.commit(e.cost, d.overrideReason().strip());
        } else {
            e.commit(e.cost, null);
        }
    }

    /** Records spending on an approved request, never more than it committed. */
    public TrainingRequest spend(UserContext actor, long id, Money amount) {
        actor.require(MutualTrainingPermissions.BUDGET);
        Messages m = new Messages(actor.locale());
        store.run(em -> {
            RequestEntity e = Optional.ofNullable(em.find(RequestEntity.class, id, LockModeType.PESSIMISTIC_WRITE))
                    .filter(x -> x.cooperativeId == actor.cooperativeId())
                    .orElseThrow(() -> new ValidationException("id", m.text("error.noRequest")));
            if (!e.status.equals(RequestStatus.APPROVED.name())) {
                throw new ValidationException("id", m.text("error.notApproved"));
            }
            if (amount == null || !amount.isPositive() || !amount.currency().getCurrencyCode().equals(e.currency)
                    || e.spent + amount.minorUnits() > e.committed) {
                throw new ValidationException("amount", m.text("error.spend",
                        m.money(Money.of(e.committed - e.spent, Currency.getInstance(e.currency)))));
            }
            e.spend(amount.minorUnits());
        });
        audit.record(actor, "mutual-training.request.spent", "request:" + id, amount.toPlainString());
        return find(actor, id).orElseThrow();
    }

    /** Sets the year's contribution and grant; never below what approvals already committed. */
    public Budget setBudget(UserContext actor, int year, Money contribution, Money grant) {
        actor.require(MutualTrainingPermissions.BUDGET);
        Messages m = new Messages(actor.locale());
        Currency currency = currency(actor.cooperativeId());
        List<FieldError> errors = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            errors.add(new FieldError("year", m.text("error.year")));
        }
        amount(errors, m, "contribution", contribution, currency);
        amount(errors, m, "grant", grant, currency);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        store.run(em -> {
            BudgetEntity b = budgetRow(em, actor.cooperativeId(), year).orElse(null);
            if (b != null) {
                em.refresh(b, LockModeType.PESSIMISTIC_WRITE);
            }
            long committed = committed(em, actor.cooperativeId(), year, null);
            if (contribution.minorUnits() + grant.minorUnits() < committed) {
                throw new ValidationException("contribution", m.text("error.belowCommitted",
                        m.money(Money.of(committed, currency))));
            }
            if (b == null) {
                b = new BudgetEntity(actor.cooperativeId(), year, currency.getCurrencyCode());
                set(b, contribution, grant, actor);
                em.persist(b);
            } else {
                set(b, contribution, grant, actor);
            }
        });
        audit.record(actor, "mutual-training.budget.set", "budget:" + year,
                contribution.toPlainString() + " + " + grant.toPlainString());
        return budget(actor, year);
    }

    private void set(BudgetEntity b, Money contribution, Money grant, UserContext actor) {
        b.set(contribution.minorUnits(), grant.minorUnits(), now(), actor.login());
    }

    /** The year's figures, every member may read them (the funds are transparent); zero before a budget is set. */
    public Budget budget(UserContext actor, int year) {
        actor.require(MutualTrainingPermissions.MEMBER);
        Currency cur = currency(actor.cooperativeId());
        return store.read(em -> {
            Optional<BudgetEntity> b = budgetRow(em, actor.cooperativeId(), year);
            long contribution = b.map(x -> x.contribution).orElse(0L);
            long grant = b.map(x -> x.grant).orElse(0L);
            long total = contribution + grant;
            long committed = committed(em, actor.cooperativeId(), year, null);
            long spent = em.createQuery("select coalesce(sum(r.spent), 0) from MutualTrainingRequest r"
                            + " where r.cooperativeId = :c and r.year = :y", Number.class)
                    .setParameter("c", actor.cooperativeId()).setParameter("y", year).getSingleResult().longValue();
            long reserved = reserved(total, criteria.inForce(actor.cooperativeId(), LocalDate.now(clock)));
            return new Budget(year, Money.of(contribution, cur), Money.of(grant, cur), Money.of(total, cur),
                    Money.of(committed, cur), Money.of(spent, cur), Money.of(total - committed, cur),
                    Money.of(reserved, cur), Money.of(committed(em, actor.cooperativeId(), year, false), cur));
        });
    }

    private static long reserved(long total, Criteria c) {
        return BigDecimal.valueOf(total).multiply(c.internalShare()).divide(new BigDecimal("100"), 0,
                RoundingMode.HALF_UP).longValueExact();
    }

    private static Optional<BudgetEntity> budgetRow(EntityManager em, long cooperativeId, int year) {
        return em.createQuery("select b from MutualTrainingBudget b where b.cooperativeId = :c and b.year = :y",
                        BudgetEntity.class).setParameter("c", cooperativeId).setParameter("y", year)
                .getResultList().stream().findFirst();
    }

    /** Committed by approvals in the year; {@code internal} null: every request, else only internal or external. */
    private static long committed(EntityManager em, long cooperativeId, int year, Boolean internal) {
        String jpql = "select coalesce(sum(r.committed), 0) from MutualTrainingRequest r where r.cooperativeId = :c"
                + " and r.year = :y and r.status = 'APPROVED'" + (internal == null ? "" : " and r.internal = :i");
        // a sum of bigint is a numeric on PostgreSQL, a bigint on Derby
        var q = em.createQuery(jpql, Number.class).setParameter("c", cooperativeId).setParameter("y", year);
        if (internal != null) {
            q.setParameter("i", internal);
        }
        return q.getSingleResult().longValue();
    }

    private static long approvedFor(EntityManager em, long cooperativeId, long userId, int year) {
        return em.createQuery("select coalesce(sum(r.committed), 0) from MutualTrainingRequest r"
                        + " where r.cooperativeId = :c and r.memberUserId = :u and r.year = :y"
                        + " and r.status = 'APPROVED'", Number.class).setParameter("c", cooperativeId)
                .setParameter("u", userId).setParameter("y", year).getSingleResult().longValue();
    }

    private static boolean readable(UserContext actor, RequestEntity e) {
        return e.cooperativeId == actor.cooperativeId() && (e.memberUserId == actor.userId()
                || actor.can(MutualTrainingPermissions.DECIDE) || actor.can(MutualTrainingPermissions.BUDGET));
    }

    private TrainingRequest toRecord(RequestEntity e, UserContext reader) {
        Currency cur = Currency.getInstance(e.currency);
        Criteria c = e.criteriaFrom == null ? Criteria.none() : criteria.inForce(e.cooperativeId, e.criteriaFrom);
        return new TrainingRequest(e.id, e.memberUserId, e.memberName, e.title, e.internal, e.offerId, e.goal,
                e.purpose, Money.of(e.cost, cur), e.hours, e.year, e.submittedOn, e.criteriaFrom, e.score,
                Scoring.decode(c, e.scoreDetail, new Messages(reader.locale())), RequestStatus.valueOf(e.status),
                e.decisionReasons, Money.of(e.committed, cur), Money.of(e.spent, cur), e.overrideReason);
    }

    private static void required(List<FieldError> errors, Messages m, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, m.text("error.required")));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, m.text("error.tooLong", max)));
        }
    }

    private static void amount(List<FieldError> errors, Messages m, String field, Money value, Currency currency) {
        if (value == null || value.isNegative()) {
            errors.add(new FieldError(field, m.text("error.amount")));
        } else if (!value.currency().equals(currency)) {
            errors.add(new FieldError(field, m.text("error.currency", currency.getCurrencyCode())));
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
