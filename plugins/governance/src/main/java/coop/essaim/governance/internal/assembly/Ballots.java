package coop.essaim.governance.internal.assembly;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.Attendance;
import coop.essaim.governance.api.Choice;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.api.Presence;
import coop.essaim.governance.api.Resolution;
import coop.essaim.governance.api.ResolutionState;
import coop.essaim.governance.internal.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The votes on an open resolution, in the room (the secretary records an associate present, or one a present holder
 * represents) or online (the associate, and for those whose proxy they hold), one voice each. For a secret ballot,
 * who voted and what was voted are written to two tables with nothing in common but the resolution: the voter's row
 * has no choice, the counts have no voter.
 */
public final class Ballots {

    private final ModuleStore store;
    private final AssemblyBook book;
    private final AttendanceRoll roll;
    private final ResolutionBook resolutions;
    private final Colleges colleges;
    private final AuditTrail audit;

    public Ballots(ModuleStore store, AssemblyBook book, AttendanceRoll roll, ResolutionBook resolutions,
                   Colleges colleges, AuditTrail audit) {
        this.colleges = colleges;
        this.store = store;
        this.book = book;
        this.roll = roll;
        this.resolutions = resolutions;
        this.audit = audit;
    }

    /** The secretary records the vote of an associate present in the room, or of one a present holder represents. */
    public Resolution recordVote(UserContext actor, long resolutionId, long personId, Choice choice) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        Resolution r = resolutions.resolution(actor, resolutionId);
        Attendance who = roll.attendance(actor, r.assemblyId()).stream().filter(x -> x.personId() == personId)
                .findFirst().orElseThrow(() -> new ValidationException("personId", m.text("error.notCalled",
                        personId, book.assembly(actor, r.assemblyId()).heldOn())));
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
        long me = book.ownId(actor).orElseThrow(() -> new ValidationException("personId", m.text("error.noOwnPerson")));
        Resolution r = resolutions.resolution(actor, resolutionId);
        long voter = forPersonId == null ? me : forPersonId;
        List<Attendance> list = roll.attendance(actor, r.assemblyId());
        Attendance who = list.stream().filter(x -> x.personId() == voter).findFirst()
                .orElseThrow(() -> new ValidationException("personId", m.text("error.notYourVote")));
        if (voter == me) {
            if (who.presence() == Presence.REPRESENTED) {
                throw new ValidationException("personId", m.text("error.represented"));
            }
            if (who.presence() == Presence.ABSENT) {
                college(actor, r, voter, m);   // refused before anything is recorded
                roll.markPresent(actor, r.assemblyId(), me);
            }
        } else if (who.presence() != Presence.REPRESENTED || who.proxyHolderId() == null
                || who.proxyHolderId() != me) {
            throw new ValidationException("personId", m.text("error.notYourVote"));
        }
        return cast(actor, r, voter, choice, "ONLINE", m);
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
        Optional<Long> college = college(actor, r, personId, m);
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
            college.ifPresent(c -> em.createQuery("update GovernanceCollegeCount k set k.votes = k.votes + 1"
                    + " where k.resolutionId = :r and k.collegeId = :k and k.choice = :c")
                    .setParameter("r", r.id()).setParameter("k", c).setParameter("c", choice.name())
                    .executeUpdate());
        });
        audit.record(actor, "governance.vote", "resolution:" + r.id(),
                personId + " " + channel + (r.secret() ? "" : " " + choice));
        return resolutions.resolution(actor, r.id());
    }

    /**
     * The voter's college when the resolution counts by colleges (empty otherwise); refused when they belong to none
     * of the colleges it opened with: one person one vote inside a college, and every vote in one.
     */
    private Optional<Long> college(UserContext actor, Resolution r, long personId, Messages m) {
        if (!r.weighted()) {
            return Optional.empty();
        }
        Optional<Long> college = colleges.collegeOf(actor.cooperativeId(), personId)
                .filter(c -> r.colleges().stream().anyMatch(t -> t.collegeId() == c));
        if (college.isEmpty()) {
            throw new ValidationException("personId", m.text("error.college.voterWithout"));
        }
        return college;
    }

    /** Who voted on a resolution (person ids), for its managers: never what they voted when it is secret. */
    public List<Long> voters(UserContext actor, long resolutionId) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        resolutions.resolution(actor, resolutionId);
        return voters(resolutionId);
    }

    /**
     * The roll of a resolution for its managers: who voted, in the room or online, in the order of the register, and
     * what they chose unless the ballot is secret (then the choice is null: it was only ever counted).
     */
    public List<CastVote> roll(UserContext actor, long resolutionId) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Resolution r = resolutions.resolution(actor, resolutionId);
        Map<Long, VoterEntity> rows = store.read(em -> em.createQuery("select v from GovernanceVoter v"
                + " where v.resolutionId = :r", VoterEntity.class).setParameter("r", resolutionId).getResultList())
                .stream().collect(Collectors.toMap(v -> v.personId, v -> v));
        List<CastVote> out = new ArrayList<>();
        for (Attendance a : roll.attendance(actor, r.assemblyId())) {
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
        resolutions.resolution(actor, resolutionId);
        return voters(resolutionId).contains(personId);
    }

    /** The choice the user's own person cast, for an open vote; empty for a secret ballot or no vote yet. */
    public Optional<Choice> ownChoice(UserContext actor, long resolutionId, long personId) {
        return store.read(em -> em.createQuery("select v from GovernanceVoter v where v.resolutionId = :r"
                        + " and v.personId = :p", VoterEntity.class).setParameter("r", resolutionId)
                .setParameter("p", personId).getResultList().stream().findFirst()
                .map(v -> v.choice).map(Choice::valueOf));
    }

    private List<Long> voters(long resolutionId) {
        return store.read(em -> em.createQuery("select v.personId from GovernanceVoter v where v.resolutionId = :r"
                + " order by v.personId", Long.class).setParameter("r", resolutionId).getResultList());
    }
}
