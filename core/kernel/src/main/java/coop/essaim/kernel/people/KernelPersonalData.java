package coop.essaim.kernel.people;

import coop.essaim.api.event.DomainEvent;
import coop.essaim.api.event.DomainEvents;
import coop.essaim.api.people.PathEntry;
import coop.essaim.api.people.PathStatusDefinition;
import coop.essaim.api.people.PeopleEvents;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonalData;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.kernel.audit.KernelAuditTrail;
import coop.essaim.kernel.user.UserAccountEntity;
import jakarta.persistence.EntityManager;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link PersonalData} service. An export is itself audited (who read everything about whom); an
 * anonymisation is audited without any of what it erased.
 */
public final class KernelPersonalData implements PersonalData {

    private final ModuleStore store;
    private final KernelAuditTrail audit;
    private final DomainEvents events;
    private final PersonRecords records;
    private final CooperativeSettings settings;
    private final PeopleAccess access;

    public KernelPersonalData(ModuleStore store, KernelAuditTrail audit, DomainEvents events, PathModels models,
                              Clock clock, CooperativeSettings settings) {
        this.store = store;
        this.access = new PeopleAccess(settings);
        this.audit = audit;
        this.events = events;
        this.records = new PersonRecords(models, clock);
        this.settings = settings;
    }

    @Override
    public void export(UserContext actor, long personId, Format format, Writer out) {
        Map<String, Object> tree = store.inTransaction(em -> {
            PersonEntity p = exportable(em, actor, personId);
            boolean notes = !PeopleAccess.confinedToSelf(actor) && actor.can(CorePermissions.PEOPLE_NOTES);
            Map<String, Object> collected = new PersonalDataCollector(records).collect(em, p, notes);
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.person.exported",
                    "person:" + personId, format.name() + (notes ? " with notes" : ""));
            return collected;
        });
        PersonalDataWriter.write(tree, format, out);
    }

    @Override
    public Optional<LocalDate> anonymisableFrom(UserContext actor, long personId) {
        actor.require(CorePermissions.PEOPLE_ANONYMISE);
        return store.read(em -> from(em, KernelPeople.target(em, actor, personId)));
    }

    @Override
    public Person anonymise(UserContext actor, long personId) {
        actor.require(CorePermissions.PEOPLE_ANONYMISE);
        Instant now = records.clock().instant();
        Person done = store.inTransaction(em -> {
            PersonEntity p = KernelPeople.target(em, actor, personId);
            if (p.isAnonymised()) {
                throw PeopleMessages.refusal(actor.locale(), "person", "people.privacy.already");
            }
            Optional<LocalDate> from = from(em, p);
            if (from.isEmpty()) {
                throw PeopleMessages.refusal(actor.locale(), "person", "people.privacy.notLeft");
            }
            if (from.get().isAfter(records.today())) {
                throw PeopleMessages.refusal(actor.locale(), "person", "people.privacy.retention", from.get());
            }
            erase(em, p, now, actor.login());
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.person.anonymised",
                    "person:" + personId, null);
            em.flush();
            return records.toRecord(em, p);
        });
        events.publish(new DomainEvent(PeopleEvents.PERSON_UPDATED, actor.cooperativeId(), actor.userId(), now,
                Map.of("personId", Long.toString(personId), "anonymised", "true")));
        return done;
    }

    /** Staff who manage people export anyone they may see; an entrepreneur their own file only. */
    private PersonEntity exportable(EntityManager em, UserContext actor, long personId) {
        PersonEntity p = em.find(PersonEntity.class, personId);
        if (p == null || !access.canRead(actor, p)) {
            throw PeopleMessages.refusal(actor.locale(), "person", "people.person.notFound");
        }
        if (!PeopleAccess.confinedToSelf(actor)) {
            actor.require(CorePermissions.PEOPLE_MANAGE);
        }
        return p;
    }

    /** A member: their exit date plus the retention period; anybody else: at once. */
    private Optional<LocalDate> from(EntityManager em, PersonEntity p) {
        if (p.getKind() != PersonKind.MEMBER) {
            return Optional.of(LocalDate.MIN);
        }
        List<PathEntry> entries = PersonRecords.entries(em, p.getId());
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        PathEntry last = entries.get(entries.size() - 1);
        boolean left = records.model(p.getCooperativeId()).status(last.statusCode())
                .map(PathStatusDefinition::exit).orElse(false);
        return left ? Optional.of(last.date().plusMonths(retentionMonths(p.getCooperativeId()))) : Optional.empty();
    }

    private long retentionMonths(long cooperativeId) {
        return settings.value(cooperativeId, RETENTION_SETTING).map(Long::parseLong).map(m -> Math.max(0, m))
                .orElse(60L);
    }

    /** Everything that identifies the person goes; the linked login is closed and forgets its owner too. */
    private static void erase(EntityManager em, PersonEntity p, Instant now, String by) {
        Long userId = p.getUserId();
        p.anonymise(now, by);
        em.createQuery("update PathEntry e set e.details = null where e.personId = :p")
                .setParameter("p", p.getId()).executeUpdate();
        em.createQuery("update EmploymentTerms t set t.details = null where t.personId = :p")
                .setParameter("p", p.getId()).executeUpdate();
        em.createQuery("update ReferentAssignment r set r.reason = :mark where r.personId = :p")
                .setParameter("mark", "-").setParameter("p", p.getId()).executeUpdate();
        em.createQuery("delete from AdviserNote n where n.personId = :p").setParameter("p", p.getId()).executeUpdate();
        if (userId != null) {
            UserAccountEntity u = em.find(UserAccountEntity.class, userId);
            if (u != null) {
                u.anonymise("anonymised-" + p.getId(), now, by);
            }
        }
    }
}
