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
import coop.essaim.governance.api.Choice;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.api.Majority;
import coop.essaim.governance.api.Presence;
import coop.essaim.governance.api.Quorum;
import coop.essaim.governance.api.Resolution;
import coop.essaim.governance.api.ResolutionState;
import coop.essaim.governance.internal.GovernanceSettings;
import coop.essaim.governance.internal.Messages;
import coop.essaim.governance.internal.register.ShareRegister;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * General assemblies: the associates called are those on the share register on the assembly's day, each with one
 * voice whatever the shares they hold. Each is present, represented by the proxy of a present associate (at most
 * the setting's number of proxies per holder) or absent; the quorum of the assembly's kind counts the present and
 * the represented. Resolutions are opened, voted in the room (the secretary records) or online (the associate, and
 * for those whose proxy they hold), then closed. For a secret ballot, who voted and what was voted are written to
 * two tables with nothing in common but the resolution: the voter's row has no choice, the counts have no voter.
 */
public final class Assemblies {

    private final ModuleStore store;
    private final People people;
    private final ShareRegister register;
    private final CooperativeSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    public Assemblies(ModuleStore store, People people, ShareRegister register, CooperativeSettings settings,
                      AuditTrail audit, Clock clock) {
        this.store = store;
        this.people = people;
        this.register = register;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public Assembly create(UserContext actor, AssemblyKind kind, LocalDate heldOn, String place, String agenda) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        if (kind == null) {
            throw new ValidationException("kind", m.text("error.required"));
        }
        if (heldOn == null) {
            throw new ValidationException("heldOn", m.text("error.required"));
        }
        String where = text(place, 200, "place", m);
        String items = text(agenda, 4000, "agenda", m);
        AssemblyEntity a = new AssemblyEntity();
        a.cooperativeId = actor.cooperativeId();
        a.kind = kind.name();
        a.heldOn = heldOn;
        a.place = where;
        a.agenda = items;
        a.createdAt = LocalDateTime.now(clock);
        a.createdBy = actor.login();
        store.run(em -> em.persist(a));
        audit.record(actor, "governance.assembly.created", "assembly:" + a.id, kind + " " + heldOn);
        return toAssembly(a);
    }

    public List<Assembly> all(UserContext actor) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        return all(actor.cooperativeId());
    }

    /** The assembly, for its managers or for an associate it calls; empty otherwise. */
    public Optional<Assembly> find(UserContext actor, long id) {
        Optional<Assembly> a = all(actor.cooperativeId()).stream().filter(x -> x.id() == id).findFirst();
        if (actor.can(GovernancePermissions.ASSEMBLIES_MANAGE)) {
            return a;
        }
        Optional<Long> me = ownId(actor);
        return a.filter(x -> me.isPresent() && called(actor.cooperativeId(), x).containsKey(me.get()));
    }

    /** The assemblies that call the user's own person file, the latest first. */
    public List<Assembly> mine(UserContext actor) {
        Optional<Long> me = ownId(actor);
        if (me.isEmpty()) {
            return List.of();
        }
        return all(actor.cooperativeId()).stream()
                .filter(a -> called(actor.cooperativeId(), a).containsKey(me.get()))
                .sorted((x, y) -> y.heldOn().compareTo(x.heldOn())).toList();
    }

    /** The user's own person id, when they hold {@code governance.own} and their login has a person file. */
    public Optional<Long> ownId(UserContext actor) {
        if (!actor.can(GovernancePermissions.OWN)) {
            return Optional.empty();
        }
        return register.ownPerson(actor).map(Person::id);
    }

    /** Each associate called, in the order of the register, with their presence (absent until recorded). */
    public List<Attendance> attendance(UserContext actor, long assemblyId) {
        Assembly a = readable(actor, assemblyId);
        Map<Long, AttendanceEntity> recorded = attendanceRows(assemblyId);
        UserContext reader = actor.lending(CorePermissions.PEOPLE_READ);
        List<Attendance> list = new ArrayList<>();
        for (Long p : called(actor.cooperativeId(), a).keySet()) {
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
        Assembly a = readable(actor, assemblyId);
        Map<Long, Integer> called = called(actor.cooperativeId(), a);
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
        Assembly a = readable(actor, assemblyId);
        List<Attendance> list = attendance(actor, assemblyId);
        int present = (int) list.stream().filter(x -> x.presence() == Presence.PRESENT).count();
        int represented = (int) list.stream().filter(x -> x.presence() == Presence.REPRESENTED).count();
        int percent = quorumPercent(actor.cooperativeId(), a);
        // someone must be there, even when a second convocation needs no quorum (0 %)
        boolean reached = present + represented > 0
                && (present + represented) * 100L >= (long) percent * list.size();
        return new Quorum(list.size(), present, represented, percent, reached);
    }

    public Resolution addResolution(UserContext actor, long assemblyId, String text, Majority majority,
                                    boolean secret) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        readable(actor, assemblyId);
        String body = text(text, 4000, "text", m);
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
        store.run(em -> {
            em.find(ResolutionEntity.class, resolutionId).moveTo(to.name());
            if (to == ResolutionState.OPEN) {
                for (Choice c : Choice.values()) {
                    BallotCountEntity b = new BallotCountEntity();
                    b.resolutionId = resolutionId;
                    b.choice = c.name();
                    em.persist(b);
                }
            }
        });
        audit.record(actor, "governance.resolution." + to.name().toLowerCase(java.util.Locale.ROOT),
                "resolution:" + resolutionId, "");
        return resolution(actor, resolutionId);
    }

    /** The secretary records the vote of an associate present in the room, or of one a present holder represents. */
    public Resolution recordVote(UserContext actor, long resolutionId, long personId, Choice choice) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        Resolution r = resolution(actor, resolutionId);
        Attendance who = attendance(actor, r.assemblyId()).stream().filter(x -> x.personId() == personId)
                .findFirst().orElseThrow(() -> new ValidationException("personId", m.text("error.notCalled",
                        personId, assembly(actor, r.assemblyId()).heldOn())));
        if (who.presence() == Presence.ABSENT) {
            throw new ValidationException("personId", m.text("error.absent"));
        }
        return cast(actor, r, personId, choice, "ROOM", m);
    }

    /**
     * An associate votes online for themselves ({@code forPersonId} null or their own id) or for an associate whose
     * proxy they hold. Voting for oneself online counts one as present; one represented by another does not vote.
     */
    public Resolution voteOnline(UserContext actor, long resolutionId, Long forPersonId, Choice choice) {
        actor.require(GovernancePermissions.OWN);
        Messages m = new Messages(actor.locale());
        long me = ownId(actor).orElseThrow(() -> new ValidationException("personId", m.text("error.noOwnPerson")));
        Resolution r = resolution(actor, resolutionId);
        long voter = forPersonId == null ? me : forPersonId;
        List<Attendance> list = attendance(actor, r.assemblyId());
        Attendance who = list.stream().filter(x -> x.personId() == voter).findFirst()
                .orElseThrow(() -> new ValidationException("personId", m.text("error.notYourVote")));
        if (voter == me) {
            if (who.presence() == Presence.REPRESENTED) {
                throw new ValidationException("personId", m.text("error.represented"));
            }
            if (who.presence() == Presence.ABSENT) {
                markPresent(actor, r.assemblyId(), me);
            }
        } else if (who.presence() != Presence.REPRESENTED || who.proxyHolderId() == null
                || who.proxyHolderId() != me) {
            throw new ValidationException("personId", m.text("error.notYourVote"));
        }
        return cast(actor, r, voter, choice, "ONLINE", m);
    }

    private void markPresent(UserContext actor, long assemblyId, long personId) {
        store.run(em -> {
            AttendanceEntity e = new AttendanceEntity();
            e.cooperativeId = actor.cooperativeId();
            e.assemblyId = assemblyId;
            e.personId = personId;
            e.mark(Presence.PRESENT.name(), null);
            em.persist(e);
        });
    }

    private Resolution cast(UserContext actor, Resolution r, long personId, Choice choice, String channel,
                            Messages m) {
        if (choice == null) {
            throw new ValidationException("choice", m.text("error.required"));
        }
        if (r.state() != ResolutionState.OPEN) {
            throw new ValidationException("state", m.text("error.resolutionState", r.id(),
                    m.text("ResolutionState.OPEN")));
        }
        if (voters(r.id()).contains(personId)) {
            throw new ValidationException("personId", m.text("error.alreadyVoted"));
        }
        store.run(em -> {
            VoterEntity v = new VoterEntity();
            v.cooperativeId = actor.cooperativeId();
            v.resolutionId = r.id();
            v.personId = personId;
            v.channel = channel;
            v.choice = r.secret() ? null : choice.name();
            em.persist(v);
            em.createQuery("update GovernanceBallotCount b set b.votes = b.votes + 1 where b.resolutionId = :r"
                    + " and b.choice = :c").setParameter("r", r.id()).setParameter("c", choice.name())
                    .executeUpdate();
        });
        audit.record(actor, "governance.vote", "resolution:" + r.id(),
                personId + " " + channel + (r.secret() ? "" : " " + choice));
        return resolution(actor, r.id());
    }

    /** Who voted on a resolution (person ids), for its managers: never what they voted when it is secret. */
    public List<Long> voters(UserContext actor, long resolutionId) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        resolution(actor, resolutionId);
        return voters(resolutionId);
    }

    /**
     * The roll of a resolution for its managers: who voted, in the room or online, in the order of the register, and
     * what they chose unless the ballot is secret (then the choice is null: it was only ever counted).
     */
    public List<CastVote> roll(UserContext actor, long resolutionId) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Resolution r = resolution(actor, resolutionId);
        Map<Long, VoterEntity> rows = store.read(em -> em.createQuery("select v from GovernanceVoter v"
                + " where v.resolutionId = :r", VoterEntity.class).setParameter("r", resolutionId).getResultList())
                .stream().collect(Collectors.toMap(v -> v.personId, v -> v));
        List<CastVote> out = new ArrayList<>();
        for (Attendance a : attendance(actor, r.assemblyId())) {
            VoterEntity v = rows.get(a.personId());
            if (v != null) {
                out.add(new CastVote(a.personId(), a.name(), v.channel,
                        r.secret() || v.choice == null ? null : Choice.valueOf(v.choice)));
            }
        }
        return out;
    }

    /** Whether this associate has voted on the resolution (for a secret ballot too: who voted is kept). */
    public boolean voted(UserContext actor, long resolutionId, long personId) {
        resolution(actor, resolutionId);
        return voters(resolutionId).contains(personId);
    }

    /** The choice the user's own person cast, for an open vote; empty for a secret ballot or no vote yet. */
    public Optional<Choice> ownChoice(UserContext actor, long resolutionId, long personId) {
        return store.read(em -> em.createQuery("select v from GovernanceVoter v where v.resolutionId = :r"
                        + " and v.personId = :p", VoterEntity.class).setParameter("r", resolutionId)
                .setParameter("p", personId).getResultList().stream().findFirst()
                .map(v -> v.choice).map(Choice::valueOf));
    }

    public List<Resolution> resolutions(UserContext actor, long assemblyId) {
        readable(actor, assemblyId);
        Map<Long, Map<Choice, Integer>> counts = counts();
        return resolutionRows(assemblyId).stream().map(r -> toResolution(r, counts.get(r.id))).toList();
    }

    public Resolution resolution(UserContext actor, long resolutionId) {
        Messages m = new Messages(actor.locale());
        ResolutionEntity r = store.read(em -> em.find(ResolutionEntity.class, resolutionId));
        if (r == null || r.cooperativeId != actor.cooperativeId() || find(actor, r.assemblyId).isEmpty()) {
            throw new ValidationException("id", m.text("error.noResolution", resolutionId));
        }
        return toResolution(r, counts().get(resolutionId));
    }

    public Assembly assembly(UserContext actor, long assemblyId) {
        return readable(actor, assemblyId);
    }

    private Assembly readable(UserContext actor, long assemblyId) {
        Messages m = new Messages(actor.locale());
        return find(actor, assemblyId).orElseThrow(() -> new ValidationException("id",
                m.text("error.noAssembly", assemblyId)));
    }

    private Map<Long, Integer> called(long cooperativeId, Assembly a) {
        return register.associatesOn(cooperativeId, a.heldOn());
    }

    private List<Long> voters(long resolutionId) {
        return store.read(em -> em.createQuery("select v.personId from GovernanceVoter v where v.resolutionId = :r"
                + " order by v.personId", Long.class).setParameter("r", resolutionId).getResultList());
    }

    private Map<Long, Map<Choice, Integer>> counts() {
        return store.read((Function<EntityManager, List<BallotCountEntity>>) em -> em.createQuery(
                        "select b from GovernanceBallotCount b", BallotCountEntity.class).getResultList()).stream()
                .collect(Collectors.groupingBy(b -> b.resolutionId,
                        Collectors.toMap(b -> Choice.valueOf(b.choice), b -> b.votes)));
    }

    private Map<Long, AttendanceEntity> attendanceRows(long assemblyId) {
        return store.read(em -> em.createQuery("select x from GovernanceAttendance x where x.assemblyId = :a",
                AttendanceEntity.class).setParameter("a", assemblyId).getResultList()).stream()
                .collect(Collectors.toMap(x -> x.personId, x -> x));
    }

    private List<ResolutionEntity> resolutionRows(long assemblyId) {
        return store.read(em -> em.createQuery("select r from GovernanceResolution r where r.assemblyId = :a"
                + " order by r.position", ResolutionEntity.class).setParameter("a", assemblyId).getResultList());
    }

    private List<Assembly> all(long cooperativeId) {
        return store.read(em -> em.createQuery("select a from GovernanceAssembly a where a.cooperativeId = :c"
                        + " order by a.heldOn, a.id", AssemblyEntity.class).setParameter("c", cooperativeId)
                .getResultList().stream().map(Assemblies::toAssembly).toList());
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

    static String text(String value, int max, String field, Messages m) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty() || t.length() > max) {
            throw new ValidationException(field, m.text("error.text", max));
        }
        return t;
    }

    private static Assembly toAssembly(AssemblyEntity a) {
        return new Assembly(a.id, AssemblyKind.valueOf(a.kind), a.heldOn, a.place, a.agenda, a.firstConvocationId);
    }

    private static Resolution toResolution(ResolutionEntity r, Map<Choice, Integer> counts) {
        Map<Choice, Integer> c = counts == null ? Map.of() : counts;
        return new Resolution(r.id, r.assemblyId, r.position, r.text, Majority.valueOf(r.majority), r.secret,
                ResolutionState.valueOf(r.state), c.getOrDefault(Choice.FOR, 0), c.getOrDefault(Choice.AGAINST, 0),
                c.getOrDefault(Choice.ABSTAIN, 0));
    }
}
