package coop.essaim.kernel.people;

import coop.essaim.api.event.DomainEvent;
import coop.essaim.api.event.DomainEvents;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.people.AdviserNote;
import coop.essaim.api.people.EmploymentTerms;
import coop.essaim.api.people.EmploymentTermsVersion;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.EstablishmentDetails;
import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.People;
import coop.essaim.api.people.PeopleEvents;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonPath;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.people.ReferentAssignment;
import coop.essaim.api.people.ResultPage;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.kernel.audit.KernelAuditTrail;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people core's {@link People} service on the core persistence unit. Access is decided by
 * {@link PeopleAccess}, path rules by {@link PathRules}; path, renewal and referent writes are
 * {@link PathRecorder}'s, lists {@link PeopleQueries}'.
 */
public final class KernelPeople implements People {

    static final int NOTE_MAX = 4000;

    private final ModuleStore store;
    private final KernelAuditTrail audit;
    private final DomainEvents events;
    private final PersonRecords records;
    private final PathRecorder recorder;
    private final PeopleQueries queries;
    private final EmploymentTermsRecorder terms;
    private final PeopleAccess access;

    public KernelPeople(ModuleStore store, KernelAuditTrail audit, DomainEvents events, PathModels models,
                        CooperativeDirectory cooperatives, CooperativeSettings settings, Clock clock) {
        this.store = store;
        this.access = new PeopleAccess(settings);
        this.audit = audit;
        this.events = events;
        this.records = new PersonRecords(models, clock);
        this.recorder = new PathRecorder(store, audit, events, records, access);
        this.queries = new PeopleQueries(records, access);
        this.terms = new EmploymentTermsRecorder(store, audit, records, cooperatives, access);
    }

    @Override
    public PathModel pathModel(UserContext actor) {
        return records.model(actor.cooperativeId());
    }

    /** Sites are no personal data: every user of the cooperative may list them. */
    @Override
    public List<Establishment> establishments(UserContext actor) {
        return store.read(em -> em.createQuery("select e from Establishment e where e.cooperativeId = :coop"
                        + " order by e.name, e.id", EstablishmentEntity.class)
                .setParameter("coop", actor.cooperativeId()).getResultList().stream()
                .map(EstablishmentEntity::toRecord).toList());
    }

    /** Sites belong to the cooperative's identity: {@code core.cooperative.manage}. */
    @Override
    public Establishment createEstablishment(UserContext actor, EstablishmentDetails details) {
        actor.require(CorePermissions.COOPERATIVE_MANAGE);
        PersonValidation.checkEstablishment(details, actor.locale());
        Instant now = records.clock().instant();
        return store.inTransaction(em -> {
            checkSiteName(em, actor, details.name(), null);
            EstablishmentEntity e = new EstablishmentEntity(actor.cooperativeId(), details.name().strip(),
                    details.address(), now, actor.login());
            em.persist(e);
            em.flush();
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.establishment.created",
                    "establishment:" + e.getId(), e.getName());
            return e.toRecord();
        });
    }

    @Override
    public Establishment updateEstablishment(UserContext actor, long establishmentId, EstablishmentDetails details) {
        actor.require(CorePermissions.COOPERATIVE_MANAGE);
        PersonValidation.checkEstablishment(details, actor.locale());
        Instant now = records.clock().instant();
        return store.inTransaction(em -> {
            EstablishmentEntity e = em.find(EstablishmentEntity.class, establishmentId);
            if (e == null || e.getCooperativeId() != actor.cooperativeId()) {
                throw PeopleMessages.refusal(actor.locale(), "establishment", "people.person.establishment.unknown");
            }
            checkSiteName(em, actor, details.name(), establishmentId);
            String before = e.getName();
            e.change(details.name().strip(), details.address(), now, actor.login());
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.establishment.updated",
                    "establishment:" + establishmentId, before + " -> " + e.getName());
            return e.toRecord();
        });
    }

    @Override
    public Person create(UserContext actor, PersonDetails details) {
        actor.require(CorePermissions.PEOPLE_MANAGE);
        if (PeopleAccess.confinedToSelf(actor)) {
            throw new AccessDeniedException(CorePermissions.PEOPLE_MANAGE);
        }
        Instant now = records.clock().instant();
        Person created = store.inTransaction(em -> {
            PersonValidation.checkPerson(em, actor.cooperativeId(), null, details, actor.locale(), records.today());
            PersonEntity p = insert(em, actor, details, now);
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.person.created",
                    "person:" + p.getId(), details.kind().name());
            return records.toRecord(em, p);
        });
        publish(PeopleEvents.PERSON_CREATED, actor, created.id(), now);
        return created;
    }

    @Override
    public Person update(UserContext actor, long personId, PersonDetails details) {
        Instant now = records.clock().instant();
        Person changed = store.inTransaction(em -> {
            PersonEntity p = target(em, actor, personId);
            access.requireManage(actor, p);
            PersonValidation.checkPerson(em, actor.cooperativeId(), personId, details, actor.locale(), records.today());
            if (p.getKind() == PersonKind.MEMBER && details.kind() != PersonKind.MEMBER && p.getCurrentStatus() != null) {
                throw PeopleMessages.refusal(actor.locale(), "kind", "people.person.kind.hasPath");
            }
            p.change(details, now, actor.login());
            em.createQuery("delete from PersonTrade t where t.personId = :p").setParameter("p", personId)
                    .executeUpdate();
            writeTrades(em, p, details.trades(), now, actor.login());
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.person.updated",
                    "person:" + personId, null);
            em.flush();
            return records.toRecord(em, p);
        });
        publish(PeopleEvents.PERSON_UPDATED, actor, personId, now);
        return changed;
    }

    @Override
    public Optional<Person> find(UserContext actor, long personId) {
        return store.read(em -> readable(em, actor, personId).map(p -> records.toRecord(em, p)));
    }

    @Override
    public ResultPage<Person> list(UserContext actor, PersonQuery query) {
        return store.read(em -> queries.list(em, actor, query));
    }

    @Override
    public Optional<PersonPath> path(UserContext actor, long personId) {
        return store.read(em -> readable(em, actor, personId).map(p -> records.path(em, p)));
    }

    @Override
    public PersonPath recordTransition(UserContext actor, long personId, PathChange change) {
        return recorder.recordTransition(actor, personId, change);
    }

    @Override
    public PersonPath renewContract(UserContext actor, long personId, String contractKind, LocalDate date,
                                    LocalDate newPlannedEnd, String details) {
        return recorder.renewContract(actor, personId, contractKind, date, newPlannedEnd, details);
    }

    @Override
    public Person changeReferent(UserContext actor, long personId, Long adviserUserId, LocalDate from, String reason) {
        return recorder.changeReferent(actor, personId, adviserUserId, from, reason);
    }

    @Override
    public List<ReferentAssignment> referents(UserContext actor, long personId) {
        return store.read(em -> readable(em, actor, personId).map(p -> recorder.referents(em, personId))
                .orElse(List.of()));
    }

    @Override
    public EmploymentTermsVersion amendEmploymentTerms(UserContext actor, long personId, EmploymentTerms t) {
        return terms.amend(actor, personId, t);
    }

    @Override
    public List<EmploymentTermsVersion> employmentTerms(UserContext actor, long personId) {
        return store.read(em -> readable(em, actor, personId)
                .map(p -> EmploymentTermsRecorder.versions(em, personId)).orElse(List.of()));
    }

    @Override
    public AdviserNote addNote(UserContext actor, long personId, String text) {
        Instant now = records.clock().instant();
        return store.inTransaction(em -> {
            PersonEntity p = target(em, actor, personId);
            access.requireNotes(actor, p);
            PeopleMessages errors = new PeopleMessages(actor.locale());
            errors.requireText("text", text, NOTE_MAX);
            errors.throwIfAny();
            AdviserNoteEntity note = new AdviserNoteEntity(actor.cooperativeId(), personId, text.strip(), now,
                    actor.login());
            em.persist(note);
            em.flush();
            // the trail says a note was written, never what it says: the note is private
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.person.note",
                    "person:" + personId, null);
            return note.toRecord();
        });
    }

    @Override
    public List<AdviserNote> notes(UserContext actor, long personId) {
        return store.read(em -> {
            PersonEntity p = target(em, actor, personId);
            access.requireNotes(actor, p);
            return em.createQuery("select n from AdviserNote n where n.personId = :p order by n.id",
                    AdviserNoteEntity.class).setParameter("p", personId).getResultList().stream()
                    .map(AdviserNoteEntity::toRecord).toList();
        });
    }

    @Override
    public boolean mayManage(UserContext actor, long personId) {
        return store.read(em -> {
            PersonEntity p = em.find(PersonEntity.class, personId);
            if (p == null || !access.canRead(actor, p)) {
                return false;
            }
            try {
                access.requireManage(actor, p);
                return true;
            } catch (AccessDeniedException e) {
                return false;
            }
        });
    }

    /**
     * The person to act on. Unknown, or of another cooperative, is the same refusal on the field: telling them
     * apart would let one cooperative probe which ids exist in another.
     */
    static PersonEntity target(EntityManager em, UserContext actor, long personId) {
        PersonEntity p = em.find(PersonEntity.class, personId);
        if (p == null || p.getCooperativeId() != actor.cooperativeId()) {
            throw PeopleMessages.refusal(actor.locale(), "person", "people.person.notFound");
        }
        return p;
    }

    private Optional<PersonEntity> readable(EntityManager em, UserContext actor, long personId) {
        return Optional.ofNullable(em.find(PersonEntity.class, personId)).filter(p -> access.canRead(actor, p));
    }

    /** Writes a checked new person file and its trades (the caller audits). */
    static PersonEntity insert(EntityManager em, UserContext actor, PersonDetails details, Instant now) {
        PersonEntity p = new PersonEntity(actor.cooperativeId(), details, now, actor.login());
        em.persist(p);
        em.flush();
        writeTrades(em, p, details.trades(), now, actor.login());
        return p;
    }

    private static void writeTrades(EntityManager em, PersonEntity p, List<String> trades, Instant now, String by) {
        for (String trade : trades) {
            em.persist(new PersonTradeEntity(p.getCooperativeId(), p.getId(), trade.strip(), now, by));
        }
    }

    private static void checkSiteName(EntityManager em, UserContext actor, String name, Long self) {
        long same = em.createQuery("select count(e) from Establishment e where e.cooperativeId = :coop"
                        + " and e.name = :name and e.id <> :self", Long.class)
                .setParameter("coop", actor.cooperativeId()).setParameter("name", name.strip())
                .setParameter("self", self == null ? -1L : self).getSingleResult();
        if (same > 0) {
            throw PeopleMessages.refusal(actor.locale(), "name", "people.establishment.taken");
        }
    }

    private void publish(String type, UserContext actor, long personId, Instant now) {
        events.publish(new DomainEvent(type, actor.cooperativeId(), actor.userId(), now,
                Map.of("personId", Long.toString(personId))));
    }
}
