package coop.essaim.governance.internal.assembly;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.BodyKind;
import coop.essaim.governance.api.College;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.internal.GovernanceSettings;
import coop.essaim.governance.internal.Messages;
import coop.essaim.governance.internal.register.ShareRegister;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The colleges of the general assembly, if the cooperative uses them (a SCIC must): each a name and a vote weight in
 * percent, between {@code governance.college-min} and {@code governance.college-max} (10 and 50, the SCIC rule),
 * totalling 100; each associate belongs to one college. A resolution opened while the colleges exist is counted per
 * college, one person one vote inside each, then weighted ({@link coop.essaim.governance.api.Resolution}); without
 * colleges nothing changes. One body of the cooperative holds them: its general assembly of associates.
 */
public final class Colleges {

    public static final int MAX_NAME = 100;

    /** A college as typed: its name and weight (null when unreadable, then refused naming the field). */
    public record Draft(String name, Integer weight) {
    }

    private final ModuleStore store;
    private final Bodies bodies;
    private final ShareRegister register;
    private final CooperativeSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    public Colleges(ModuleStore store, Bodies bodies, ShareRegister register, CooperativeSettings settings,
                    AuditTrail audit, Clock clock) {
        this.store = store;
        this.bodies = bodies;
        this.register = register;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sets the body's colleges to {@code drafts}: a college kept by name takes its new weight, a new one is added, one
     * left out is removed once no associate is in it. An empty list removes the colleges. Nothing changes when any
     * field is refused; the votes already opened keep the colleges they opened with.
     */
    public List<College> define(UserContext actor, long bodyId, List<Draft> drafts) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        Body body = bodies.body(actor, bodyId);
        if (body.kind() != BodyKind.ASSEMBLY) {
            throw new ValidationException("bodyId", m.text("error.college.body"));
        }
        Optional<Long> holder = holderBody(actor.cooperativeId());
        if (holder.isPresent() && holder.get() != bodyId) {
            throw new ValidationException("bodyId", m.text("error.college.otherBody", holder.get()));
        }
        List<Draft> list = drafts == null ? List.of() : drafts;
        int min = setting(actor.cooperativeId(), GovernanceSettings.COLLEGE_MIN, GovernanceSettings.DEFAULT_COLLEGE_MIN);
        int max = setting(actor.cooperativeId(), GovernanceSettings.COLLEGE_MAX, GovernanceSettings.DEFAULT_COLLEGE_MAX);
        List<FieldError> errors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int total = 0;
        for (int i = 0; i < list.size(); i++) {
            Draft d = list.get(i);
            String name = d.name() == null ? "" : d.name().strip();
            if (name.isEmpty() || name.length() > MAX_NAME || !names.add(name.toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError("colleges[" + i + "].name", m.text("error.college.name")));
            }
            if (d.weight() == null || d.weight() < min || d.weight() > max) {
                errors.add(new FieldError("colleges[" + i + "].weight", m.text("error.college.weight", min, max)));
            } else {
                total += d.weight();
            }
        }
        if (errors.isEmpty() && !list.isEmpty() && total != 100) {
            errors.add(new FieldError("colleges", m.text("error.college.total", total)));
        }
        Map<String, CollegeEntity> existing = new LinkedHashMap<>();
        rows(bodyId).forEach(c -> existing.put(c.name.toLowerCase(Locale.ROOT), c));
        Map<Long, Long> members = memberRows(bodyId);
        for (CollegeEntity c : existing.values()) {
            if (!names.contains(c.name.toLowerCase(Locale.ROOT)) && members.containsValue(c.id)) {
                errors.add(new FieldError("colleges", m.text("error.college.hasMembers", c.name)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        store.run(em -> {
            for (CollegeEntity c : existing.values()) {
                if (!names.contains(c.name.toLowerCase(Locale.ROOT))) {
                    em.remove(em.find(CollegeEntity.class, c.id));
                }
            }
            for (Draft d : list) {
                CollegeEntity c = existing.get(d.name().strip().toLowerCase(Locale.ROOT));
                if (c == null) {
                    c = new CollegeEntity();
                    c.cooperativeId = actor.cooperativeId();
                    c.bodyId = bodyId;
                    c.name = d.name().strip();
                    em.persist(c);
                } else {
                    c = em.find(CollegeEntity.class, c.id);
                }
                c.weight = d.weight();
                c.changedAt = now;
                c.changedBy = actor.login();
            }
        });
        List<College> saved = colleges(actor, bodyId);
        audit.record(actor, "governance.colleges.defined", "body:" + bodyId, String.join(", ",
                saved.stream().map(c -> c.name() + " " + c.weight() + "%").toList()));
        return saved;
    }

    /** The body's colleges, in the order they were made; for those who read the bodies. */
    public List<College> colleges(UserContext actor, long bodyId) {
        bodies.body(actor, bodyId);
        return rows(bodyId).stream().filter(c -> c.cooperativeId == actor.cooperativeId())
                .map(Colleges::toCollege).toList();
    }

    /** Places an associate of today in one college of the body (moving them from another). */
    public College assign(UserContext actor, long bodyId, long personId, long collegeId) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        College college = colleges(actor, bodyId).stream().filter(c -> c.id() == collegeId).findFirst()
                .orElseThrow(() -> new ValidationException("collegeId", m.text("error.college.none", collegeId)));
        if (!register.associatesOn(actor.cooperativeId(), LocalDate.now(clock)).containsKey(personId)) {
            throw new ValidationException("personId", m.text("error.college.notAssociate"));
        }
        store.run(em -> {
            CollegeMemberEntity e = em.createQuery("select x from GovernanceCollegeMember x where x.bodyId = :b"
                            + " and x.personId = :p", CollegeMemberEntity.class).setParameter("b", bodyId)
                    .setParameter("p", personId).getResultStream().findFirst().orElse(null);
            if (e == null) {
                e = new CollegeMemberEntity();
                e.cooperativeId = actor.cooperativeId();
                e.bodyId = bodyId;
                e.personId = personId;
                em.persist(e);
            }
            e.collegeId = collegeId;
            e.changedAt = LocalDateTime.now(clock);
            e.changedBy = actor.login();
        });
        audit.record(actor, "governance.college.member", "body:" + bodyId, personId + " " + college.name());
        return college;
    }

    /** Each associate placed in a college of the body: person id to college id. */
    public Map<Long, Long> members(UserContext actor, long bodyId) {
        bodies.body(actor, bodyId);
        return memberRows(bodyId);
    }

    /** The colleges a vote opened now in the cooperative counts by: empty when it uses none. */
    List<College> inForce(long cooperativeId) {
        return holderBody(cooperativeId).map(b -> rows(b).stream().map(Colleges::toCollege).toList())
                .orElse(List.of());
    }

    /** The college of the cooperative's assembly an associate belongs to. */
    Optional<Long> collegeOf(long cooperativeId, long personId) {
        return holderBody(cooperativeId).flatMap(b -> Optional.ofNullable(memberRows(b).get(personId)));
    }

    /** The body whose colleges the cooperative uses: its one body with colleges. */
    private Optional<Long> holderBody(long cooperativeId) {
        return store.read(em -> em.createQuery("select min(c.bodyId) from GovernanceCollege c"
                        + " where c.cooperativeId = :c", Long.class).setParameter("c", cooperativeId)
                .getResultStream().filter(java.util.Objects::nonNull).findFirst());
    }

    private List<CollegeEntity> rows(long bodyId) {
        return store.read(em -> em.createQuery("select c from GovernanceCollege c where c.bodyId = :b order by c.id",
                CollegeEntity.class).setParameter("b", bodyId).getResultList());
    }

    private Map<Long, Long> memberRows(long bodyId) {
        Map<Long, Long> out = new LinkedHashMap<>();
        store.read(em -> em.createQuery("select x from GovernanceCollegeMember x where x.bodyId = :b order by x.id",
                CollegeMemberEntity.class).setParameter("b", bodyId).getResultList())
                .forEach(x -> out.put(x.personId, x.collegeId));
        return out;
    }

    private int setting(long cooperativeId, String key, int fallback) {
        return settings.value(cooperativeId, key).map(String::strip).filter(v -> v.matches("\\d{1,3}"))
                .map(Integer::parseInt).orElse(fallback);
    }

    private static College toCollege(CollegeEntity c) {
        return new College(c.id, c.bodyId, c.name, c.weight);
    }
}
