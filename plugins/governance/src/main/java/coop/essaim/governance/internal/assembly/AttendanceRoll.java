package coop.essaim.governance.internal.assembly;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.AssemblyKind;
import coop.essaim.governance.api.Attendance;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.api.Presence;
import coop.essaim.governance.api.Quorum;
import coop.essaim.governance.internal.GovernanceSettings;
import coop.essaim.governance.internal.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who attends an assembly: each associate called is present, represented by the proxy of a present associate (at
 * most the setting's number of proxies per holder) or absent; the quorum of the assembly's kind, on first or second
 * convocation, counts the present and the represented.
 */
public final class AttendanceRoll {

    private final ModuleStore store;
    private final AssemblyBook book;
    private final People people;
    private final CooperativeSettings settings;
    private final AuditTrail audit;

    public AttendanceRoll(ModuleStore store, AssemblyBook book, People people, CooperativeSettings settings,
                          AuditTrail audit) {
        this.store = store;
        this.book = book;
        this.people = people;
        this.settings = settings;
        this.audit = audit;
    }

    /** Each associate called, in the order of the register, with their presence (absent until recorded). */
    public List<Attendance> attendance(UserContext actor, long assemblyId) {
        Assembly a = book.readable(actor, assemblyId);
        Map<Long, AttendanceEntity> recorded = attendanceRows(assemblyId);
        UserContext reader = actor.lending(CorePermissions.PEOPLE_READ);
        List<Attendance> list = new ArrayList<>();
        for (Long p : book.called(actor.cooperativeId(), a).keySet()) {
            AttendanceEntity e = recorded.get(p);
            String name = people.find(reader, p).map(Person::displayName).orElse("#" + p);
            list.add(e == null ? new Attendance(p, name, Presence.ABSENT, null)
                    : new Attendance(p, name, Presence.valueOf(e.presence), e.proxyHolderId));
        }
        return list;
    }

    /**
     * Records an associate's presence. REPRESENTED names the present associate who holds their proxy; a holder holds
     * at most {@code governance.proxies-per-holder} proxies and cannot leave while holding any.
     */
    public Attendance attend(UserContext actor, long assemblyId, long personId, Presence presence,
                             Long proxyHolderId) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        Assembly a = book.readable(actor, assemblyId);
        Map<Long, Integer> called = book.called(actor.cooperativeId(), a);
        if (!called.containsKey(personId)) {
            throw new ValidationException("personId", m.text("error.notCalled", personId, a.heldOn()));
        }
        if (presence == null) {
            throw new ValidationException("presence", m.text("error.required"));
        }
        Map<Long, AttendanceEntity> rows = attendanceRows(assemblyId);
        long holding = rows.values().stream().filter(r -> r.proxyHolderId != null && r.proxyHolderId == personId)
                .count();
        if (presence != Presence.PRESENT && holding > 0) {
            throw new ValidationException("presence", m.text("error.holdsProxies", holding));
        }
        Long holder = null;
        if (presence == Presence.REPRESENTED) {
            if (proxyHolderId == null || proxyHolderId == personId || !called.containsKey(proxyHolderId)) {
                throw new ValidationException("proxyHolderId", m.text("error.proxyHolder"));
            }
            AttendanceEntity h = rows.get(proxyHolderId);
            if (h == null || !Presence.PRESENT.name().equals(h.presence)) {
                throw new ValidationException("proxyHolderId", m.text("error.proxyHolder"));
            }
            int limit = proxiesPerHolder(actor.cooperativeId());
            long held = rows.values().stream().filter(r -> r.personId != personId && r.proxyHolderId != null
                    && r.proxyHolderId.equals(proxyHolderId)).count();
            if (held >= limit) {
                throw new ValidationException("proxyHolderId", m.text("error.proxyLimit", limit));
            }
            holder = proxyHolderId;
        }
        Long chosenHolder = holder;
        store.run(em -> {
            AttendanceEntity e = em.createQuery("select x from GovernanceAttendance x where x.assemblyId = :a"
                    + " and x.personId = :p", AttendanceEntity.class).setParameter("a", assemblyId)
                    .setParameter("p", personId).getResultList().stream().findFirst().orElse(null);
            if (e == null) {
                e = new AttendanceEntity();
                e.cooperativeId = actor.cooperativeId();
                e.assemblyId = assemblyId;
                e.personId = personId;
                em.persist(e);
            }
            e.mark(presence.name(), chosenHolder);
        });
        audit.record(actor, "governance.attendance", "assembly:" + assemblyId,
                personId + " " + presence + (holder == null ? "" : " " + holder));
        return attendance(actor, assemblyId).stream().filter(x -> x.personId() == personId).findFirst()
                .orElseThrow();
    }

    /** Present and represented against those called: reached when their share meets the kind's percentage. */
    public Quorum quorum(UserContext actor, long assemblyId) {
        Assembly a = book.readable(actor, assemblyId);
        List<Attendance> list = attendance(actor, assemblyId);
        int present = (int) list.stream().filter(x -> x.presence() == Presence.PRESENT).count();
        int represented = (int) list.stream().filter(x -> x.presence() == Presence.REPRESENTED).count();
        int percent = quorumPercent(actor.cooperativeId(), a);
        // someone must be there, even when a second convocation needs no quorum (0 %)
        boolean reached = present + represented > 0
                && (present + represented) * 100L >= (long) percent * list.size();
        return new Quorum(list.size(), present, represented, percent, reached);
    }

    void markPresent(UserContext actor, long assemblyId, long personId) {
        store.run(em -> {
            AttendanceEntity e = new AttendanceEntity();
            e.cooperativeId = actor.cooperativeId();
            e.assemblyId = assemblyId;
            e.personId = personId;
            e.mark(Presence.PRESENT.name(), null);
            em.persist(e);
        });
    }

    private Map<Long, AttendanceEntity> attendanceRows(long assemblyId) {
        return store.read(em -> em.createQuery("select x from GovernanceAttendance x where x.assemblyId = :a",
                AttendanceEntity.class).setParameter("a", assemblyId).getResultList()).stream()
                .collect(Collectors.toMap(x -> x.personId, x -> x));
    }

    public int proxiesPerHolder(long cooperativeId) {
        return setting(cooperativeId, GovernanceSettings.PROXIES_PER_HOLDER, GovernanceSettings.DEFAULT_PROXIES);
    }

    /** The quorum of this assembly: of its kind, on first or on second convocation. */
    public int quorumPercent(long cooperativeId, Assembly a) {
        if (!a.secondConvocation()) {
            return quorumPercent(cooperativeId, a.kind());
        }
        return a.kind() == AssemblyKind.ORDINARY
                ? setting(cooperativeId, GovernanceSettings.QUORUM_SECOND_ORDINARY,
                GovernanceSettings.DEFAULT_QUORUM_SECOND_ORDINARY)
                : setting(cooperativeId, GovernanceSettings.QUORUM_SECOND_EXTRAORDINARY,
                GovernanceSettings.DEFAULT_QUORUM_SECOND_EXTRAORDINARY);
    }

    /** The quorum of an assembly of this kind on first convocation. */
    public int quorumPercent(long cooperativeId, AssemblyKind kind) {
        return kind == AssemblyKind.ORDINARY
                ? setting(cooperativeId, GovernanceSettings.QUORUM_ORDINARY, GovernanceSettings.DEFAULT_QUORUM_ORDINARY)
                : setting(cooperativeId, GovernanceSettings.QUORUM_EXTRAORDINARY,
                GovernanceSettings.DEFAULT_QUORUM_EXTRAORDINARY);
    }

    private int setting(long cooperativeId, String key, int fallback) {
        return settings.value(cooperativeId, key).map(String::strip).filter(v -> v.matches("\\d{1,3}"))
                .map(Integer::parseInt).orElse(fallback);
    }
}
