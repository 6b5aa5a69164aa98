package coop.essaim.kernel.people;

import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.security.UserContext;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an activity and its memberships must satisfy: an analytic code unique in the cooperative (the ledger
 * books under it, so it never changes), at least one member at any time (closing is how an activity ends),
 * members who are members of this cooperative, and dates in order.
 */
final class ActivityRules {

    static final Pattern ANALYTIC_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");

    private ActivityRules() {
    }

    static String normalisedCode(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    static void checkNew(EntityManager em, UserContext actor, ActivityDetails d) {
        if (d == null) {
            throw PeopleMessages.refusal(actor.locale(), "name", "people.required");
        }
        PeopleMessages errors = new PeopleMessages(actor.locale());
        errors.requireText("name", d.name(), 120);
        errors.maxLength("brand", d.brand(), 120);
        errors.requireText("trade", d.trade(), 80);
        if (d.start() == null) {
            errors.add("start", "people.required");
        }
        String code = normalisedCode(d.analyticCode());
        if (code == null || !ANALYTIC_CODE.matcher(code).matches()) {
            errors.add("analyticCode", "people.activity.code.invalid");
        } else if (StructureActivity.CODE.equals(code)) {
            errors.add("analyticCode", "people.activity.code.reserved", StructureActivity.CODE);
        } else if (em.createQuery("select count(a) from Activity a where a.cooperativeId = :coop"
                        + " and a.analyticCode = :code", Long.class)
                .setParameter("coop", actor.cooperativeId()).setParameter("code", code).getSingleResult() > 0) {
            errors.add("analyticCode", "people.activity.code.taken");
        }
        if (d.memberIds().isEmpty()) {
            errors.add("members", "people.activity.members.required");
        } else if (d.memberIds().stream().anyMatch(id -> !isMember(em, actor, id))) {
            errors.add("members", "people.activity.member.unknown");
        }
        errors.throwIfAny();
    }

    static void checkJoin(EntityManager em, UserContext actor, ActivityEntity a, long personId, LocalDate from) {
        PeopleMessages errors = new PeopleMessages(actor.locale());
        requireActive(actor, a);
        if (!isMember(em, actor, personId)) {
            errors.add("person", "people.activity.member.unknown");
        } else if (current(em, a.getId()).stream().anyMatch(m -> m.getPersonId() == personId)) {
            errors.add("person", "people.activity.member.already");
        }
        if (from == null) {
            errors.add("from", "people.required");
        } else if (from.isBefore(a.getStart())) {
            errors.add("from", "people.activity.date.beforeStart", a.getStart());
        }
        errors.throwIfAny();
    }

    static ActivityMemberEntity checkLeave(EntityManager em, UserContext actor, ActivityEntity a, long personId,
                                           LocalDate until) {
        requireActive(actor, a);
        List<ActivityMemberEntity> current = current(em, a.getId());
        ActivityMemberEntity m = current.stream().filter(c -> c.getPersonId() == personId).findFirst()
                .orElseThrow(() -> PeopleMessages.refusal(actor.locale(), "person", "people.activity.member.not"));
        if (current.size() == 1) {
            throw PeopleMessages.refusal(actor.locale(), "person", "people.activity.member.last");
        }
        if (until == null) {
            throw PeopleMessages.refusal(actor.locale(), "until", "people.required");
        }
        if (until.isBefore(m.getJoinedOn())) {
            throw PeopleMessages.refusal(actor.locale(), "until", "people.activity.date.beforeJoin", m.getJoinedOn());
        }
        return m;
    }

    static List<ActivityMemberEntity> checkClose(EntityManager em, UserContext actor, ActivityEntity a, LocalDate end) {
        requireActive(actor, a);
        if (end == null) {
            throw PeopleMessages.refusal(actor.locale(), "end", "people.required");
        }
        List<ActivityMemberEntity> current = current(em, a.getId());
        LocalDate latestJoin = current.stream().map(ActivityMemberEntity::getJoinedOn).max(LocalDate::compareTo)
                .orElse(a.getStart());
        LocalDate earliest = latestJoin.isAfter(a.getStart()) ? latestJoin : a.getStart();
        if (end.isBefore(earliest)) {
            throw PeopleMessages.refusal(actor.locale(), "end", "people.activity.date.beforeJoin", earliest);
        }
        return current;
    }

    /** The structure has no members and never closes: it is the cooperative itself. */
    private static void requireActive(UserContext actor, ActivityEntity a) {
        if (StructureActivity.CODE.equals(a.getAnalyticCode())) {
            throw PeopleMessages.refusal(actor.locale(), "activity", "people.activity.structure");
        }
        if (a.getStatus() != ActivityStatus.ACTIVE) {
            throw PeopleMessages.refusal(actor.locale(), "activity", "people.activity.closed", a.getEnd());
        }
    }

    private static boolean isMember(EntityManager em, UserContext actor, Long personId) {
        if (personId == null) {
            return false;
        }
        PersonEntity p = em.find(PersonEntity.class, personId);
        return p != null && p.getCooperativeId() == actor.cooperativeId() && p.getKind() == PersonKind.MEMBER;
    }

    private static List<ActivityMemberEntity> current(EntityManager em, long activityId) {
        return em.createQuery("select m from ActivityMember m where m.activityId = :a and m.leftOn is null",
                ActivityMemberEntity.class).setParameter("a", activityId).getResultList();
    }
}
