package coop.essaim.governance.internal.assembly;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.api.Quorum;
import coop.essaim.governance.api.Resolution;
import coop.essaim.governance.internal.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The second convocation of an assembly whose quorum was not reached: a new assembly of the same kind and agenda,
 * linked to the first, on a later day, with the first one's resolutions to vote again (in preparation). Its quorum
 * is that of a second convocation ({@code governance.quorum-second-ordinary}, none by default, and
 * {@code governance.quorum-second-extraordinary}, 25 % by default, the figures of common SCOP statutes). One second
 * convocation per assembly; a second convocation has none of its own.
 */
public final class SecondConvocations {

    private final ModuleStore store;
    private final Assemblies assemblies;
    private final AuditTrail audit;
    private final Clock clock;

    public SecondConvocations(ModuleStore store, Assemblies assemblies, AuditTrail audit, Clock clock) {
        this.store = store;
        this.assemblies = assemblies;
        this.audit = audit;
        this.clock = clock;
    }

    /** Calls the assembly again on {@code heldOn}, at {@code place} (blank: the first one's place). */
    public Assembly call(UserContext actor, long firstId, LocalDate heldOn, String place) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        Assembly first = assemblies.assembly(actor, firstId);
        if (first.secondConvocation()) {
            throw new ValidationException("id", m.text("error.secondOfSecond"));
        }
        Optional<Assembly> already = of(actor, firstId);
        if (already.isPresent()) {
            throw new ValidationException("id", m.text("error.secondAlready", already.get().heldOn()));
        }
        Quorum q = assemblies.quorum(actor, firstId);
        if (q.reached()) {
            throw new ValidationException("quorum", m.text("error.quorumReached"));
        }
        if (heldOn == null || !heldOn.isAfter(first.heldOn())) {
            throw new ValidationException("heldOn", m.text("error.secondDay", first.heldOn()));
        }
        String where = place == null || place.isBlank() ? first.place() : AssemblyBook.text(place, 200, "place", m);
        AssemblyEntity a = new AssemblyEntity();
        a.cooperativeId = actor.cooperativeId();
        a.kind = first.kind().name();
        a.heldOn = heldOn;
        a.place = where;
        a.agenda = first.agenda();
        a.firstConvocationId = firstId;
        a.createdAt = LocalDateTime.now(clock);
        a.createdBy = actor.login();
        store.run(em -> em.persist(a));
        audit.record(actor, "governance.assembly.second", "assembly:" + a.id, "first:" + firstId + " " + heldOn);
        for (Resolution r : assemblies.resolutions(actor, firstId)) {
            assemblies.addResolution(actor, a.id, r.text(), r.majority(), r.secret());
        }
        return assemblies.assembly(actor, a.id);
    }

    /** The second convocation of an assembly, when there is one. */
    public Optional<Assembly> of(UserContext actor, long firstId) {
        assemblies.assembly(actor, firstId);
        return assemblies.all(actor).stream().filter(x -> Long.valueOf(firstId).equals(x.firstConvocationId()))
                .findFirst();
    }
}
