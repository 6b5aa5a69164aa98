package coop.essaim.kernel.people;

import coop.essaim.api.people.AssociateDeadline;
import coop.essaim.api.people.AssociateDeadlineRule;
import coop.essaim.api.people.PathEntry;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonPath;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Person files as records, with their trades and their associate deadline computed against today (the
 * injected clock's date). Lists are read in batches (one query per kind of child row and per
 * {@value #CHUNK} people) rather than one query per person.
 */
final class PersonRecords {

    /** Ids per IN list: well under what Derby and PostgreSQL accept as bind parameters. */
    static final int CHUNK = 1000;

    private final PathModels models;
    private final Clock clock;

    PersonRecords(PathModels models, Clock clock) {
        this.models = models;
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    PathModel model(long cooperativeId) {
        return models.model(cooperativeId);
    }

    Person toRecord(EntityManager em, PersonEntity p) {
        return toRecords(em, p.getCooperativeId(), List.of(p)).get(0);
    }

    /** Records of {@code people} (all of {@code cooperativeId}), in the same order. */
    List<Person> toRecords(EntityManager em, long cooperativeId, List<PersonEntity> people) {
        PathModel model = models.model(cooperativeId);
        Optional<AssociateDeadlineRule> rule = models.deadlineRule(cooperativeId);
        LocalDate today = today();
        List<Person> out = new ArrayList<>(people.size());
        for (int from = 0; from < people.size(); from += CHUNK) {
            List<PersonEntity> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
            List<Long> ids = chunk.stream().map(PersonEntity::getId).toList();
            Map<Long, List<String>> trades = trades(em, ids);
            Map<Long, List<PathEntry>> entries = rule.isPresent() ? entries(em, ids) : Map.of();
            for (PersonEntity p : chunk) {
                AssociateDeadline deadline = p.getKind() != PersonKind.MEMBER || rule.isEmpty() ? AssociateDeadline.NONE
                        : PathHistory.path(p.getId(), entries.getOrDefault(p.getId(), List.of()), model, rule, today)
                        .deadline();
                out.add(new Person(p.getId(), p.getCooperativeId(), p.details(trades.getOrDefault(p.getId(), List.of())),
                        p.getReferentUserId(), p.getCurrentStatus(), p.getStatusSince(), deadline, p.getCreatedAt()));
            }
        }
        return out;
    }

    PersonPath path(EntityManager em, PersonEntity p) {
        List<PathEntry> entries = entries(em, List.of(p.getId())).getOrDefault(p.getId(), List.of());
        Optional<AssociateDeadlineRule> rule = p.getKind() == PersonKind.MEMBER
                ? models.deadlineRule(p.getCooperativeId()) : Optional.empty();
        return PathHistory.path(p.getId(), entries, models.model(p.getCooperativeId()), rule, today());
    }

    static List<PathEntry> entries(EntityManager em, long personId) {
        return entries(em, List.of(personId)).getOrDefault(personId, List.of());
    }

    /** Path entries per person, in date order then recording order. */
    static Map<Long, List<PathEntry>> entries(EntityManager em, List<Long> personIds) {
        Map<Long, List<PathEntry>> out = new HashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        em.createQuery("select e from PathEntry e where e.personId in :ids order by e.personId, e.date, e.id",
                        PathEntryEntity.class)
                .setParameter("ids", personIds).getResultList()
                .forEach(e -> out.computeIfAbsent(e.getPersonId(), k -> new ArrayList<>()).add(e.toRecord()));
        return out;
    }

    static Map<Long, List<String>> trades(EntityManager em, List<Long> personIds) {
        Map<Long, List<String>> out = new HashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        em.createQuery("select t from PersonTrade t where t.personId in :ids order by t.personId, t.id",
                        PersonTradeEntity.class)
                .setParameter("ids", personIds).getResultList()
                .forEach(t -> out.computeIfAbsent(t.getPersonId(), k -> new ArrayList<>()).add(t.getTrade()));
        return out;
    }
}
