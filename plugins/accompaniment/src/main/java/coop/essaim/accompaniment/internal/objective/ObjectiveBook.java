package coop.essaim.accompaniment.internal.objective;

import coop.essaim.accompaniment.api.Appointment;
import coop.essaim.accompaniment.api.Appointments;
import coop.essaim.accompaniment.api.Objective;
import coop.essaim.accompaniment.api.ObjectiveDraft;
import coop.essaim.accompaniment.api.ObjectiveKind;
import coop.essaim.accompaniment.api.ObjectiveReview;
import coop.essaim.accompaniment.api.ObjectiveStatus;
import coop.essaim.accompaniment.api.Objectives;
import coop.essaim.accompaniment.internal.AccompanimentSettings;
import coop.essaim.accompaniment.internal.Messages;
import coop.essaim.accompaniment.internal.appointment.AppointmentReach;
import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link Objectives} over the module's store: objectives and their reviews are only ever inserted. */
public final class ObjectiveBook implements Objectives {

    private final ModuleStore store;
    private final People people;
    private final Appointments appointments;
    private final CooperativeDirectory cooperatives;
    private final CooperativeSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    public ObjectiveBook(ModuleStore store, People people, Appointments appointments, CooperativeDirectory cooperatives,
                         CooperativeSettings settings, AuditTrail audit, Clock clock) {
        this.store = store;
        this.people = people;
        this.appointments = appointments;
        this.cooperatives = cooperatives;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Objective set(UserContext actor, ObjectiveDraft draft) {
        manageable(actor, draft.personId(), "personId");
        Currency currency = Currency.getInstance(cooperatives.find(actor.cooperativeId()).orElseThrow().currency());
        ObjectiveRules.check(draft, currency, new Messages(actor.locale()));
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Objective created = store.inTransaction(em -> {
            ObjectiveEntity o = new ObjectiveEntity(actor.cooperativeId(), draft.personId(), draft.kind().name(),
                    draft.label().strip(), draft.kind() == ObjectiveKind.TURNOVER ? draft.amount().minorUnits() : null,
                    draft.kind() == ObjectiveKind.TURNOVER ? currency.getCurrencyCode() : null, draft.hours(),
                    draft.dueOn(), now, actor.login());
            em.persist(o);
            em.flush();
            return toRecord(o, List.of());
        });
        audit.record(actor, "accompaniment.objective.set", "objective:" + created.id(),
                "person:" + created.personId() + " " + created.kind() + " " + created.dueOn());
        return created;
    }

    @Override
    public Objective review(UserContext actor, long objectiveId, LocalDate reviewedOn, Long appointmentId,
                            ObjectiveStatus status, String note) {
        Messages m = new Messages(actor.locale());
        ObjectiveEntity objective = stored(actor, objectiveId);
        manageable(actor, objective.personId, "objective");
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(AccompanimentSettings.zone(settings, actor.cooperativeId())));
        if (reviewedOn == null) {
            errors.add(new FieldError("reviewedOn", m.text("error.required")));
        } else if (reviewedOn.isAfter(today)) {
            errors.add(new FieldError("reviewedOn", m.text("objective.error.future")));
        }
        if (status == null || status == ObjectiveStatus.OPEN) {
            errors.add(new FieldError("status", m.text("objective.error.status")));
        }
        if (note != null && note.strip().length() > ObjectiveRules.MAX_NOTE) {
            errors.add(new FieldError("note", m.text("error.tooLong", ObjectiveRules.MAX_NOTE)));
        }
        if (appointmentId != null) {
            Optional<Appointment> at = appointments.find(actor, appointmentId);
            if (at.isEmpty() || at.get().personId() != objective.personId) {
                errors.add(new FieldError("appointmentId", m.text("objective.error.appointment")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String kept = note == null || note.isBlank() ? null : note.strip();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Objective reviewed = store.inTransaction(em -> {
            em.persist(new ObjectiveReviewEntity(actor.cooperativeId(), objectiveId, reviewedOn, appointmentId,
                    status.name(), kept, now, actor.login()));
            em.flush();
            return toRecord(em.find(ObjectiveEntity.class, objectiveId), reviews(em, List.of(objectiveId))
                    .getOrDefault(objectiveId, List.of()));
        });
        audit.record(actor, "accompaniment.objective.reviewed", "objective:" + objectiveId,
                status + " " + reviewedOn);
        return reviewed;
    }

    @Override
    public Optional<Objective> find(UserContext actor, long objectiveId) {
        AppointmentReach reach = new AppointmentReach(people, actor);
        return store.read(em -> Optional.ofNullable(em.find(ObjectiveEntity.class, objectiveId))
                .filter(o -> o.cooperativeId == actor.cooperativeId())
                .filter(o -> reach.of(o.personId).isPresent())
                .map(o -> toRecord(o, reviews(em, List.of(o.id)).getOrDefault(o.id, List.of()))));
    }

    @Override
    public List<Objective> ofPerson(UserContext actor, long personId) {
        if (new AppointmentReach(people, actor).of(personId).isEmpty()) {
            return List.of();
        }
        return store.read(em -> {
            List<ObjectiveEntity> found = em.createQuery("select o from AccompanimentObjective o"
                            + " where o.cooperativeId = :coop and o.personId = :person order by o.dueOn, o.id",
                    ObjectiveEntity.class).setParameter("coop", actor.cooperativeId()).setParameter("person", personId)
                    .getResultList();
            Map<Long, List<ObjectiveReview>> reviews = reviews(em, found.stream().map(o -> o.id).toList());
            return found.stream().map(o -> toRecord(o, reviews.getOrDefault(o.id, List.of()))).toList();
        });
    }

    private static Map<Long, List<ObjectiveReview>> reviews(EntityManager em, List<Long> objectiveIds) {
        if (objectiveIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select r from AccompanimentObjectiveReview r where r.objectiveId in :ids"
                        + " order by r.reviewedOn, r.id", ObjectiveReviewEntity.class)
                .setParameter("ids", objectiveIds).getResultList().stream()
                .map(r -> new ObjectiveReview(r.id, r.objectiveId, r.reviewedOn, r.appointmentId,
                        ObjectiveStatus.valueOf(r.status), r.note, r.createdBy, r.createdAt.toInstant(ZoneOffset.UTC)))
                .sorted(Comparator.comparing(ObjectiveReview::reviewedOn).thenComparing(ObjectiveReview::id))
                .collect(Collectors.groupingBy(ObjectiveReview::objectiveId));
    }

    private static Objective toRecord(ObjectiveEntity o, List<ObjectiveReview> reviews) {
        Money amount = o.amountMinor == null ? null : Money.of(o.amountMinor, Currency.getInstance(o.currency));
        return new Objective(o.id, o.personId, ObjectiveKind.valueOf(o.kind), o.label, amount, o.hours, o.dueOn,
                o.createdBy, o.createdAt.toInstant(ZoneOffset.UTC), reviews);
    }

    private ObjectiveEntity stored(UserContext actor, long objectiveId) {
        AppointmentReach reach = new AppointmentReach(people, actor);
        return store.read(em -> Optional.ofNullable(em.find(ObjectiveEntity.class, objectiveId))
                        .filter(o -> o.cooperativeId == actor.cooperativeId())
                        .filter(o -> reach.of(o.personId).isPresent()))
                .orElseThrow(() -> new ValidationException("objective", Messages.text(actor.locale(), "error.notFound")));
    }

    private void manageable(UserContext actor, long personId, String field) {
        new AppointmentReach(people, actor).managed(personId, field);
    }
}
