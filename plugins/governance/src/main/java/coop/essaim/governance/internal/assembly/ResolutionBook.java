package coop.essaim.governance.internal.assembly;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.Choice;
import coop.essaim.governance.api.College;
import coop.essaim.governance.api.CollegeTally;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.api.Majority;
import coop.essaim.governance.api.Resolution;
import coop.essaim.governance.api.ResolutionState;
import coop.essaim.governance.internal.Messages;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The resolutions put to an assembly, with the majority each needs and whether its ballot is secret: drafted, opened
 * (the three counts start at zero), closed (the counts are final).
 */
public final class ResolutionBook {

    private final ModuleStore store;
    private final AssemblyBook book;
    private final Colleges colleges;
    private final AuditTrail audit;

    public ResolutionBook(ModuleStore store, AssemblyBook book, Colleges colleges, AuditTrail audit) {
        this.store = store;
        this.book = book;
        this.colleges = colleges;
        this.audit = audit;
    }

    public Resolution addResolution(UserContext actor, long assemblyId, String text, Majority majority,
                                    boolean secret) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        book.readable(actor, assemblyId);
        String body = AssemblyBook.text(text, 4000, "text", m);
        if (majority == null) {
            throw new ValidationException("majority", m.text("error.required"));
        }
        ResolutionEntity r = new ResolutionEntity();
        r.cooperativeId = actor.cooperativeId();
        r.assemblyId = assemblyId;
        r.position = resolutionRows(assemblyId).size() + 1;
        r.text = body;
        r.majority = majority.name();
        r.secret = secret;
        r.state = ResolutionState.DRAFT.name();
        store.run(em -> em.persist(r));
        audit.record(actor, "governance.resolution.added", "resolution:" + r.id, majority + (secret ? " secret" : ""));
        return resolution(actor, r.id);
    }

    /** Opens the vote: the three counts start at zero. */
    public Resolution open(UserContext actor, long resolutionId) {
        return move(actor, resolutionId, ResolutionState.DRAFT, ResolutionState.OPEN);
    }

    /** Closes the vote: its counts are final. */
    public Resolution close(UserContext actor, long resolutionId) {
        return move(actor, resolutionId, ResolutionState.OPEN, ResolutionState.CLOSED);
    }

    private Resolution move(UserContext actor, long resolutionId, ResolutionState from, ResolutionState to) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        Resolution r = resolution(actor, resolutionId);
        if (r.state() != from) {
            throw new ValidationException("state", m.text("error.resolutionState", resolutionId,
                    m.text("ResolutionState." + from.name())));
        }
        // the colleges in force when the vote opens are the ones it counts by, whatever changes later
        List<College> counted = to == ResolutionState.OPEN ? colleges.inForce(actor.cooperativeId()) : List.of();
        store.run(em -> {
            em.find(ResolutionEntity.class, resolutionId).moveTo(to.name());
            if (to == ResolutionState.OPEN) {
                for (Choice c : Choice.values()) {
                    BallotCountEntity b = new BallotCountEntity();
                    b.resolutionId = resolutionId;
                    b.choice = c.name();
                    em.persist(b);
                    for (College college : counted) {
                        CollegeCountEntity k = new CollegeCountEntity();
                        k.cooperativeId = actor.cooperativeId();
                        k.resolutionId = resolutionId;
                        k.collegeId = college.id();
                        k.name = college.name();
                        k.weight = college.weight();
                        k.choice = c.name();
                        em.persist(k);
                    }
                }
            }
        });
        audit.record(actor, "governance.resolution." + to.name().toLowerCase(java.util.Locale.ROOT),
                "resolution:" + resolutionId, "");
        return resolution(actor, resolutionId);
    }

    public List<Resolution> resolutions(UserContext actor, long assemblyId) {
        book.readable(actor, assemblyId);
        List<ResolutionEntity> rows = resolutionRows(assemblyId);
        List<Long> ids = rows.stream().map(r -> r.id).toList();
        Map<Long, Map<Choice, Integer>> counts = counts(ids);
        Map<Long, List<CollegeTally>> tallies = tallies(ids);
        return rows.stream().map(r -> toResolution(r, counts.get(r.id), tallies.get(r.id))).toList();
    }

    public Resolution resolution(UserContext actor, long resolutionId) {
        Messages m = new Messages(actor.locale());
        ResolutionEntity r = store.read(em -> em.find(ResolutionEntity.class, resolutionId));
        if (r == null || r.cooperativeId != actor.cooperativeId() || book.find(actor, r.assemblyId).isEmpty()) {
            throw new ValidationException("id", m.text("error.noResolution", resolutionId));
        }
        return toResolution(r, counts(List.of(resolutionId)).get(resolutionId),
                tallies(List.of(resolutionId)).get(resolutionId));
    }

    /** The counts of these resolutions only (they were read for every resolution of every cooperative before). */
    private Map<Long, Map<Choice, Integer>> counts(Collection<Long> resolutionIds) {
        if (resolutionIds.isEmpty()) {
            return Map.of();
        }
        return store.read((Function<EntityManager, List<BallotCountEntity>>) em -> em.createQuery(
                        "select b from GovernanceBallotCount b where b.resolutionId in :r", BallotCountEntity.class)
                .setParameter("r", resolutionIds).getResultList()).stream()
                .collect(Collectors.groupingBy(b -> b.resolutionId,
                        Collectors.toMap(b -> Choice.valueOf(b.choice), b -> b.votes)));
    }

    /** The colleges a resolution counts by (none when it opened without colleges) and their counts, per resolution. */
    private Map<Long, List<CollegeTally>> tallies(Collection<Long> resolutionIds) {
        if (resolutionIds.isEmpty()) {
            return Map.of();
        }
        List<CollegeCountEntity> rows = store.read(em -> em.createQuery("select k from GovernanceCollegeCount k"
                        + " where k.resolutionId in :r order by k.resolutionId, k.collegeId", CollegeCountEntity.class)
                .setParameter("r", resolutionIds).getResultList());
        Map<Long, Map<Long, List<CollegeCountEntity>>> byResolution = rows.stream().collect(Collectors.groupingBy(
                k -> k.resolutionId, java.util.LinkedHashMap::new, Collectors.groupingBy(k -> k.collegeId,
                        java.util.LinkedHashMap::new, Collectors.toList())));
        Map<Long, List<CollegeTally>> out = new java.util.HashMap<>();
        byResolution.forEach((resolution, byCollege) -> out.put(resolution, byCollege.values().stream().map(ks -> {
            Map<String, Integer> votes = ks.stream().collect(Collectors.toMap(k -> k.choice, k -> k.votes));
            CollegeCountEntity first = ks.get(0);
            return new CollegeTally(first.collegeId, first.name, first.weight,
                    votes.getOrDefault(Choice.FOR.name(), 0), votes.getOrDefault(Choice.AGAINST.name(), 0),
                    votes.getOrDefault(Choice.ABSTAIN.name(), 0));
        }).toList()));
        return out;
    }

    private List<ResolutionEntity> resolutionRows(long assemblyId) {
        return store.read(em -> em.createQuery("select r from GovernanceResolution r where r.assemblyId = :a"
                + " order by r.position", ResolutionEntity.class).setParameter("a", assemblyId).getResultList());
    }

    private static Resolution toResolution(ResolutionEntity r, Map<Choice, Integer> counts,
                                           List<CollegeTally> colleges) {
        Map<Choice, Integer> c = counts == null ? Map.of() : counts;
        return new Resolution(r.id, r.assemblyId, r.position, r.text, Majority.valueOf(r.majority), r.secret,
                ResolutionState.valueOf(r.state), c.getOrDefault(Choice.FOR, 0), c.getOrDefault(Choice.AGAINST, 0),
                c.getOrDefault(Choice.ABSTAIN, 0), colleges);
    }
}
