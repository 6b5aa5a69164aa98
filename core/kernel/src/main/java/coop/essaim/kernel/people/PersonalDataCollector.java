package coop.essaim.kernel.people;

import coop.essaim.api.people.Address;
import coop.essaim.api.people.PathEntry;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonPath;
import coop.essaim.kernel.cooperative.Timestamps;
import coop.essaim.kernel.user.UserAccountEntity;
import jakarta.persistence.EntityManager;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers everything kept about one person into an ordered tree of sections (maps of values, lists of maps),
 * which {@link PersonalDataWriter} writes as JSON or CSV. Names of other people (advisers, authors) appear as
 * their display name, which is what the person may know of them.
 */
final class PersonalDataCollector {

    private final PersonRecords records;

    PersonalDataCollector(PersonRecords records) {
        this.records = records;
    }

    /** {@code withNotes}: whether the actor may read the advisers' notes (otherwise the section says so). */
    Map<String, Object> collect(EntityManager em, PersonEntity p, boolean withNotes) {
        Person person = records.toRecord(em, p);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("person", file(em, person));
        out.put("path", path(records.path(em, p)));
        out.put("referents", referents(em, p.getId()));
        out.put("employmentTerms", terms(em, p.getId()));
        out.put("activities", activities(em, p.getId()));
        out.put("login", login(em, person.details().userId()));
        if (withNotes) {
            out.put("notes", notes(em, p.getId()));
        } else {
            out.put("notes", Map.of("withheld", "core.people.notes"));
        }
        out.put("auditTrail", audit(em, p.getCooperativeId(), p.getId()));
        return out;
    }

    private static Map<String, Object> file(EntityManager em, Person person) {
        var d = person.details();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", person.id());
        m.put("kind", d.kind().name());
        m.put("givenName", d.givenName());
        m.put("familyName", d.familyName());
        m.put("organisation", d.organisation());
        m.put("legalEntity", d.legalEntity());
        m.put("email", d.email());
        m.put("phone", d.phone());
        Address a = d.address();
        m.put("street", a.street());
        m.put("postalCode", a.postalCode());
        m.put("city", a.city());
        m.put("country", a.country());
        m.put("birthDate", d.birthDate());
        EstablishmentEntity site = em.find(EstablishmentEntity.class, d.establishmentId());
        m.put("site", site == null ? null : site.getName());
        m.put("trades", String.join(", ", d.trades()));
        m.put("status", person.statusCode());
        m.put("statusSince", person.statusSince());
        m.put("associateDeadline", person.deadline().date());
        m.put("createdAt", person.createdAt());
        return m;
    }

    private static List<Map<String, Object>> path(PersonPath path) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PathEntry e : path.entries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", e.date());
            m.put("status", e.statusCode());
            m.put("renewal", e.renewal());
            m.put("contractKind", e.contractKind());
            m.put("plannedEnd", e.plannedEnd());
            m.put("exitReason", e.exitReason());
            m.put("details", e.details());
            m.put("recordedAt", e.recordedAt());
            m.put("recordedBy", e.recordedBy());
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> terms(EntityManager em, long personId) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (var v : EmploymentTermsRecorder.versions(em, personId)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("contractKind", v.contractKind());
            m.put("validFrom", v.terms().validFrom());
            m.put("hours", v.terms().hours().toPlainString());
            m.put("per", v.terms().per().name());
            m.put("loadedHourlyCost", v.terms().loadedHourlyCost().toString());
            m.put("details", v.terms().details());
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> referents(EntityManager em, long personId) {
        List<Map<String, Object>> out = new ArrayList<>();
        em.createQuery("select r from ReferentAssignment r where r.personId = :p order by r.from, r.id",
                ReferentAssignmentEntity.class).setParameter("p", personId).getResultList().forEach(r -> {
                    var rec = r.toRecord();
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("from", rec.from());
                    m.put("adviser", rec.adviserUserId() == null ? null : displayName(em, rec.adviserUserId()));
                    m.put("reason", rec.reason());
                    out.add(m);
                });
        return out;
    }

    private static List<Map<String, Object>> activities(EntityManager em, long personId) {
        List<Map<String, Object>> out = new ArrayList<>();
        em.createQuery("select m from ActivityMember m where m.personId = :p order by m.joinedOn, m.id",
                ActivityMemberEntity.class).setParameter("p", personId).getResultList().forEach(member -> {
                    ActivityEntity a = em.find(ActivityEntity.class, member.getActivityId());
                    var rec = member.toRecord();
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("activity", a.getName());
                    m.put("analyticCode", a.getAnalyticCode());
                    m.put("from", rec.from());
                    m.put("until", rec.until());
                    out.add(m);
                });
        return out;
    }

    private static Map<String, Object> login(EntityManager em, Long userId) {
        Map<String, Object> m = new LinkedHashMap<>();
        UserAccountEntity u = userId == null ? null : em.find(UserAccountEntity.class, userId);
        if (u != null) {
            m.put("login", u.getLogin());
            m.put("displayName", u.getDisplayName());
            m.put("email", u.getEmail());
            m.put("language", u.getLocale());
            m.put("active", u.isActive());
            m.put("createdAt", u.getCreatedAt());
            m.put("lastLoginAt", u.getLastLoginAt());
        }
        return m;
    }

    private static List<Map<String, Object>> notes(EntityManager em, long personId) {
        List<Map<String, Object>> out = new ArrayList<>();
        em.createQuery("select n from AdviserNote n where n.personId = :p order by n.id", AdviserNoteEntity.class)
                .setParameter("p", personId).getResultList().forEach(n -> {
                    var rec = n.toRecord();
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("writtenAt", rec.writtenAt());
                    m.put("writtenBy", rec.writtenBy());
                    m.put("text", rec.text());
                    out.add(m);
                });
        return out;
    }

    private static List<Map<String, Object>> audit(EntityManager em, long cooperativeId, long personId) {
        List<Map<String, Object>> out = new ArrayList<>();
        em.createQuery("select a.occurredAt, a.login, a.action, a.detail from AuditEvent a"
                        + " where a.cooperativeId = :coop and a.target = :target order by a.id", Object[].class)
                .setParameter("coop", cooperativeId).setParameter("target", "person:" + personId)
                .getResultList().forEach(r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("at", Timestamps.fromColumn((LocalDateTime) r[0]));
                    m.put("by", r[1]);
                    m.put("action", r[2]);
                    m.put("detail", r[3]);
                    out.add(m);
                });
        return out;
    }

    private static String displayName(EntityManager em, long userId) {
        UserAccountEntity u = em.find(UserAccountEntity.class, userId);
        return u == null ? null : u.getDisplayName();
    }
}
