package coop.essaim.kernel.people;

import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityMember;
import coop.essaim.api.security.UserContext;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Activities as records with their membership history, read in one query per batch of activities. */
final class ActivityRecords {

    Activity toRecord(EntityManager em, ActivityEntity a) {
        return toRecords(em, List.of(a)).get(0);
    }

    List<Activity> toRecords(EntityManager em, List<ActivityEntity> activities) {
        List<Activity> out = new ArrayList<>(activities.size());
        for (int from = 0; from < activities.size(); from += PersonRecords.CHUNK) {
            List<ActivityEntity> chunk = activities.subList(from, Math.min(activities.size(), from + PersonRecords.CHUNK));
            Map<Long, List<ActivityMember>> members = new HashMap<>();
            em.createQuery("select m from ActivityMember m where m.activityId in :ids order by m.joinedOn, m.id",
                            ActivityMemberEntity.class)
                    .setParameter("ids", chunk.stream().map(ActivityEntity::getId).toList()).getResultList()
                    .forEach(m -> members.computeIfAbsent(m.getActivityId(), k -> new ArrayList<>()).add(m.toRecord()));
            for (ActivityEntity a : chunk) {
                out.add(new Activity(a.getId(), a.getCooperativeId(), a.getName(), a.getBrand(), a.getTrade(),
                        a.getStart(), a.getEnd(), a.getStatus(), a.getAnalyticCode(),
                        members.getOrDefault(a.getId(), List.of()), a.getCreatedAt()));
            }
        }
        return out;
    }

    /** The person file linked to the actor's login in their cooperative, if any. */
    static Optional<Long> ownPersonId(EntityManager em, UserContext actor) {
        return em.createQuery("select p.id from Person p where p.userId = :u and p.cooperativeId = :coop", Long.class)
                .setParameter("u", actor.userId()).setParameter("coop", actor.cooperativeId())
                .getResultList().stream().findFirst();
    }

    /** True when the actor's own person file is or was a member of the activity. */
    static boolean isOwn(EntityManager em, UserContext actor, long activityId) {
        Optional<Long> self = ownPersonId(em, actor);
        return self.isPresent() && em.createQuery("select count(m) from ActivityMember m where m.activityId = :a"
                        + " and m.personId = :p", Long.class)
                .setParameter("a", activityId).setParameter("p", self.get()).getSingleResult() > 0;
    }
}
