package coop.essaim.kernel.people;

import coop.essaim.api.event.DomainEvent;
import coop.essaim.api.event.DomainEvents;
import coop.essaim.api.people.Contract;
import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.PathEntry;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;
import coop.essaim.api.people.PeopleEvents;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonPath;
import coop.essaim.api.people.ReferentAssignment;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.audit.KernelAuditTrail;
import coop.essaim.kernel.user.UserAccountEntity;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the histories of a person: path steps, contract renewals and referent changes. Each write appends a
 * row (never changes one), repeats the new state on the PERSON row (whose version then guards against two
 * people recording a step at the same moment), is audited in the same transaction, and is published once
 * committed.
 */
final class PathRecorder {

    private final ModuleStore store;
    private final KernelAuditTrail audit;
    private final DomainEvents events;
    private final PersonRecords records;
    private final PeopleAccess access;

    PathRecorder(ModuleStore store, KernelAuditTrail audit, DomainEvents events, PersonRecords records,
                 PeopleAccess access) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.records = records;
    }

    PersonPath recordTransition(UserContext actor, long personId, PathChange change) {
        if (change == null) {
            throw PeopleMessages.refusal(actor.locale(), "status", "people.required");
        }
        Instant now = records.clock().instant();
        PersonPath path = store.inTransaction(em -> {
            PersonEntity p = member(em, actor, personId);
            PathModel model = records.model(actor.cooperativeId());
            List<PathEntry> entries = PersonRecords.entries(em, personId);
            new PathRules(model, actor.locale(), records.today()).checkTransition(entries, change);
            PathStatusDefinition to = model.status(change.statusCode()).orElseThrow();
            appendStep(em, actor, p, to, change, now);
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.path.changed",
                    "person:" + personId, to.code() + " on " + change.date()
                            + (change.plannedEnd() == null ? "" : ", planned end " + change.plannedEnd())
                            + (to.exit() ? ", reason " + change.exitReason() : ""));
            em.flush();
            return records.path(em, p);
        });
        events.publish(new DomainEvent(PeopleEvents.PATH_CHANGED, actor.cooperativeId(), actor.userId(), now,
                Map.of("personId", Long.toString(personId), "status", change.statusCode(),
                        "date", change.date().toString())));
        return path;
    }

    /** Writes a checked step and repeats it on the person row (the caller audits). */
    static void appendStep(EntityManager em, UserContext actor, PersonEntity p, PathStatusDefinition to,
                           PathChange change, Instant now) {
        em.persist(new PathEntryEntity(actor.cooperativeId(), p.getId(), to.code(), change.date(),
                to.opensContract(), change.plannedEnd(), false,
                to.exit() ? change.exitReason() : null, PeopleText.clean(change.details()), now, actor.login()));
        p.pathChanged(to.code(), change.date(), now, actor.login());
    }

    PersonPath renewContract(UserContext actor, long personId, String kind, LocalDate date, LocalDate newPlannedEnd,
                             String details) {
        Instant now = records.clock().instant();
        PersonPath path = store.inTransaction(em -> {
            PersonEntity p = member(em, actor, personId);
            List<PathEntry> entries = PersonRecords.entries(em, personId);
            new PathRules(records.model(actor.cooperativeId()), actor.locale(), records.today())
                    .checkRenewal(entries, kind, date, newPlannedEnd, details);
            Contract before = PathHistory.contracts(entries, records.model(actor.cooperativeId())).stream()
                    .filter(c -> c.open() && c.kind().equals(kind)).findFirst().orElseThrow();
            String status = entries.get(entries.size() - 1).statusCode();
            em.persist(new PathEntryEntity(actor.cooperativeId(), personId, status, date, kind, newPlannedEnd, true,
                    null, PeopleText.clean(details), now, actor.login()));
            p.pathChanged(p.getCurrentStatus(), p.getStatusSince(), now, actor.login());
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.path.renewed",
                    "person:" + personId, kind + " on " + date + ": planned end " + before.plannedEnd() + " -> "
                            + newPlannedEnd);
            em.flush();
            return records.path(em, p);
        });
        events.publish(new DomainEvent(PeopleEvents.PATH_CHANGED, actor.cooperativeId(), actor.userId(), now,
                Map.of("personId", Long.toString(personId), "renewal", kind, "date", date.toString())));
        return path;
    }

    Person changeReferent(UserContext actor, long personId, Long adviserUserId, LocalDate from, String reason) {
        Instant now = records.clock().instant();
        Person person = store.inTransaction(em -> {
            PersonEntity p = KernelPeople.target(em, actor, personId);
            access.requireManage(actor, p);
            checkReferent(em, actor, p, adviserUserId, from, reason);
            em.persist(new ReferentAssignmentEntity(actor.cooperativeId(), personId, adviserUserId, from,
                    reason.strip(), now, actor.login()));
            Long before = p.getReferentUserId();
            p.referentChanged(adviserUserId, now, actor.login());
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.person.referent",
                    "person:" + personId, "user:" + before + " -> user:" + adviserUserId + " from " + from
                            + ": " + reason.strip());
            em.flush();
            return records.toRecord(em, p);
        });
        events.publish(new DomainEvent(PeopleEvents.REFERENT_CHANGED, actor.cooperativeId(), actor.userId(), now,
                Map.of("personId", Long.toString(personId),
                        "referentUserId", adviserUserId == null ? "" : adviserUserId.toString())));
        return person;
    }

    List<ReferentAssignment> referents(EntityManager em, long personId) {
        return em.createQuery("select r from ReferentAssignment r where r.personId = :p order by r.from, r.id",
                        ReferentAssignmentEntity.class)
                .setParameter("p", personId).getResultList().stream().map(ReferentAssignmentEntity::toRecord).toList();
    }

    private void checkReferent(EntityManager em, UserContext actor, PersonEntity p, Long adviserUserId,
                               LocalDate from, String reason) {
        PeopleMessages errors = new PeopleMessages(actor.locale());
        if (adviserUserId != null) {
            UserAccountEntity u = em.find(UserAccountEntity.class, adviserUserId);
            boolean adviser = u != null && u.getCooperativeId() == actor.cooperativeId() && u.isActive()
                    && em.createQuery("select count(r) from UserRole r where r.userId = :u and r.role = :role",
                            Long.class).setParameter("u", adviserUserId).setParameter("role", CoreRoles.ADVISER)
                    .getSingleResult() > 0;
            if (!adviser) {
                errors.add("referent", "people.referent.notAdviser");
            } else if (adviserUserId.equals(p.getReferentUserId())) {
                errors.add("referent", "people.referent.same");
            }
        } else if (p.getReferentUserId() == null) {
            errors.add("referent", "people.referent.same");
        }
        if (from == null) {
            errors.add("from", "people.required");
        } else if (from.isAfter(records.today())) {
            errors.add("from", "people.referent.future");
        } else {
            Optional<LocalDate> latest = referents(em, p.getId()).stream().map(ReferentAssignment::from)
                    .reduce((a, b) -> b);
            if (latest.isPresent() && from.isBefore(latest.get())) {
                errors.add("from", "people.referent.order", latest.get());
            }
        }
        errors.requireText("reason", reason, 500);
        errors.throwIfAny();
    }

    /** The person, who must be reachable for management and follow a path. */
    private PersonEntity member(EntityManager em, UserContext actor, long personId) {
        PersonEntity p = KernelPeople.target(em, actor, personId);
        access.requireManage(actor, p);
        if (p.getKind() != PersonKind.MEMBER) {
            throw PeopleMessages.refusal(actor.locale(), "person", "people.path.notMember");
        }
        return p;
    }
}
