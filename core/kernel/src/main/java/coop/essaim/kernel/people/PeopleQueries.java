package coop.essaim.kernel.people;

import coop.essaim.api.people.DeadlineFlag;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.people.ResultPage;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people list. Every filter but the deadline is SQL on the PERSON row (status and referent are repeated
 * there for this); the deadline depends on a country plugin's rule, so with that filter the candidates are
 * read, flagged in batches and paged in memory. A user who may not read others, or is confined to their own
 * file, gets a list holding at most that file.
 */
final class PeopleQueries {

    static final int MAX_LIMIT = 500;
    private static final char ESCAPE = '!';

    private final PersonRecords records;
    private final PeopleAccess access;

    PeopleQueries(PersonRecords records, PeopleAccess access) {
        this.records = records;
        this.access = access;
    }

    ResultPage<Person> list(EntityManager em, UserContext actor, PersonQuery q) {
        PersonQuery query = q == null ? PersonQuery.all(0, 50) : q;
        int offset = Math.max(0, query.offset());
        int limit = Math.max(1, Math.min(query.limit(), MAX_LIMIT));
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, query, params);
        if (query.deadline() == null) {
            long total = bind(em.createQuery("select count(p) from Person p" + where, Long.class), params)
                    .getSingleResult();
            List<PersonEntity> page = bind(em.createQuery("select p from Person p" + where
                    + " order by p.sortName, p.id", PersonEntity.class), params)
                    .setFirstResult(offset).setMaxResults(limit).getResultList();
            return new ResultPage<>(records.toRecords(em, actor.cooperativeId(), page), total, offset, limit);
        }
        List<PersonEntity> candidates = bind(em.createQuery("select p from Person p" + where
                + " order by p.sortName, p.id", PersonEntity.class), params).getResultList();
        List<Person> flagged = new ArrayList<>();
        for (Person p : records.toRecords(em, actor.cooperativeId(), candidates)) {
            if (p.deadline().flag() == query.deadline()) {
                flagged.add(p);
            }
        }
        int from = Math.min(offset, flagged.size());
        return new ResultPage<>(flagged.subList(from, Math.min(flagged.size(), from + limit)), flagged.size(),
                offset, limit);
    }

    private String where(UserContext actor, PersonQuery q, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where p.cooperativeId = :coop");
        params.put("coop", actor.cooperativeId());
        if (PeopleAccess.confinedToSelf(actor) || !actor.can(CorePermissions.PEOPLE_READ)) {
            w.append(" and p.userId = :self");
            params.put("self", actor.userId());
        }
        w.append(access.personFilter(actor, params));
        if (q.statusCode() != null && !q.statusCode().isBlank()) {
            w.append(" and p.currentStatus = :status");
            params.put("status", q.statusCode().strip());
        }
        if (q.establishmentId() != null) {
            w.append(" and p.establishmentId = :site");
            params.put("site", q.establishmentId());
        }
        if (q.referentUserId() != null) {
            w.append(" and p.referentUserId = :referent");
            params.put("referent", q.referentUserId());
        }
        PersonKind kind = q.kind();
        if (q.deadline() != null && q.deadline() != DeadlineFlag.NONE) {
            // only members in a path can have a deadline: keeps the in-memory part small
            if (kind != null && kind != PersonKind.MEMBER) {
                w.append(" and 1 = 0");
            }
            kind = PersonKind.MEMBER;
            w.append(" and p.currentStatus is not null");
        }
        if (kind != null) {
            w.append(" and p.kind = :kind");
            params.put("kind", kind);
        }
        if (q.trade() != null && !q.trade().isBlank()) {
            w.append(" and exists (select t.id from PersonTrade t where t.personId = p.id and t.tradeKey = :trade)");
            params.put("trade", PeopleText.key(q.trade()));
        }
        if (q.search() != null && !q.search().isBlank()) {
            w.append(" and (p.sortName like :search escape '!' or lower(p.email) like :email escape '!')");
            params.put("search", "%" + escape(PeopleText.key(q.search())) + "%");
            params.put("email", "%" + escape(q.search().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        return w.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                out.append(ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
