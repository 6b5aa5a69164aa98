package coop.essaim.governance.internal.assembly;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.AssemblyKind;
import coop.essaim.governance.api.Attendance;
import coop.essaim.governance.api.Choice;
import coop.essaim.governance.api.Majority;
import coop.essaim.governance.api.Presence;
import coop.essaim.governance.api.Quorum;
import coop.essaim.governance.api.Resolution;
import coop.essaim.governance.internal.register.ShareRegister;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * General assemblies, as the pages, the API, the demo and the other assembly services reach them: one voice per
 * associate called, whatever the shares they hold. Each concept lives in its own class, documented there, and this
 * one only hands each call to it: {@link AssemblyBook} (the assemblies and whom they call), {@link AttendanceRoll}
 * (presence, proxies, quorum), {@link ResolutionBook} (resolutions, opened and closed) and {@link Ballots} (the votes,
 * in the room or online, secret or not) and the {@link Colleges} a vote may count by. The convocation is {@link Convocations}', the minutes
 * {@link AssemblyDocuments}'.
 */
public final class Assemblies {

    private final AssemblyBook book;
    private final AttendanceRoll roll;
    private final ResolutionBook resolutions;
    private final Ballots ballots;

    public Assemblies(ModuleStore store, People people, ShareRegister register, Colleges colleges,
                      CooperativeSettings settings, AuditTrail audit, Clock clock) {
        this.book = new AssemblyBook(store, register, audit, clock);
        this.roll = new AttendanceRoll(store, book, people, settings, audit);
        this.resolutions = new ResolutionBook(store, book, colleges, audit);
        this.ballots = new Ballots(store, book, roll, resolutions, colleges, audit);
    }

    /** The assemblies and whom each calls. */
    public AssemblyBook book() {
        return book;
    }

    /** Presence, proxies and quorum. */
    public AttendanceRoll attendanceRoll() {
        return roll;
    }

    /** The resolutions and their states. */
    public ResolutionBook resolutionBook() {
        return resolutions;
    }

    /** The votes. */
    public Ballots ballots() {
        return ballots;
    }

    public Assembly create(UserContext actor, AssemblyKind kind, LocalDate heldOn, String place, String agenda) {
        return book.create(actor, kind, heldOn, place, agenda);
    }

    public List<Assembly> all(UserContext actor) {
        return book.all(actor);
    }

    public Optional<Assembly> find(UserContext actor, long id) {
        return book.find(actor, id);
    }

    public List<Assembly> mine(UserContext actor) {
        return book.mine(actor);
    }

    public Optional<Long> ownId(UserContext actor) {
        return book.ownId(actor);
    }

    public List<Attendance> attendance(UserContext actor, long assemblyId) {
        return roll.attendance(actor, assemblyId);
    }

    public Attendance attend(UserContext actor, long assemblyId, long personId, Presence presence,
                             Long proxyHolderId) {
        return roll.attend(actor, assemblyId, personId, presence, proxyHolderId);
    }

    public Quorum quorum(UserContext actor, long assemblyId) {
        return roll.quorum(actor, assemblyId);
    }

    public Resolution addResolution(UserContext actor, long assemblyId, String text, Majority majority,
                                    boolean secret) {
        return resolutions.addResolution(actor, assemblyId, text, majority, secret);
    }

    public Resolution open(UserContext actor, long resolutionId) {
        return resolutions.open(actor, resolutionId);
    }

    public Resolution close(UserContext actor, long resolutionId) {
        return resolutions.close(actor, resolutionId);
    }

    public Resolution recordVote(UserContext actor, long resolutionId, long personId, Choice choice) {
        return ballots.recordVote(actor, resolutionId, personId, choice);
    }

    public Resolution voteOnline(UserContext actor, long resolutionId, Long forPersonId, Choice choice) {
        return ballots.voteOnline(actor, resolutionId, forPersonId, choice);
    }

    public List<Long> voters(UserContext actor, long resolutionId) {
        return ballots.voters(actor, resolutionId);
    }

    public List<CastVote> roll(UserContext actor, long resolutionId) {
        return ballots.roll(actor, resolutionId);
    }

    public boolean voted(UserContext actor, long resolutionId, long personId) {
        return ballots.voted(actor, resolutionId, personId);
    }

    public Optional<Choice> ownChoice(UserContext actor, long resolutionId, long personId) {
        return ballots.ownChoice(actor, resolutionId, personId);
    }

    public List<Resolution> resolutions(UserContext actor, long assemblyId) {
        return resolutions.resolutions(actor, assemblyId);
    }

    public Resolution resolution(UserContext actor, long resolutionId) {
        return resolutions.resolution(actor, resolutionId);
    }

    public Assembly assembly(UserContext actor, long assemblyId) {
        return book.assembly(actor, assemblyId);
    }

    public int proxiesPerHolder(long cooperativeId) {
        return roll.proxiesPerHolder(cooperativeId);
    }

    public int quorumPercent(long cooperativeId, Assembly a) {
        return roll.quorumPercent(cooperativeId, a);
    }

    public int quorumPercent(long cooperativeId, AssemblyKind kind) {
        return roll.quorumPercent(cooperativeId, kind);
    }
}
