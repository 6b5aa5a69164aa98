package coop.essaim.governance.internal.assembly;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.people.Person;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.AssemblyKind;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.internal.Messages;
import coop.essaim.governance.internal.register.ShareRegister;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The general assemblies themselves: their creation, who may read one (its managers, or an associate it calls) and
 * who it calls: the associates on the share register on the assembly's day.
 */
public final class AssemblyBook {

    private final ModuleStore store;
    private final ShareRegister register;
    private final AuditTrail audit;
    private final Clock clock;

    public AssemblyBook(ModuleStore store, ShareRegister register, AuditTrail audit, Clock clock) {
        this.store = store;
        this.register = register;
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

    public Assembly assembly(UserContext actor, long assemblyId) {
        return readable(actor, assemblyId);
    }

    Assembly readable(UserContext actor, long assemblyId) {
        Messages m = new Messages(actor.locale());
        return find(actor, assemblyId).orElseThrow(() -> new ValidationException("id",
                m.text("error.noAssembly", assemblyId)));
    }

    Map<Long, Integer> called(long cooperativeId, Assembly a) {
        return register.associatesOn(cooperativeId, a.heldOn());
    }

    private List<Assembly> all(long cooperativeId) {
        return store.read(em -> em.createQuery("select a from GovernanceAssembly a where a.cooperativeId = :c"
                        + " order by a.heldOn, a.id", AssemblyEntity.class).setParameter("c", cooperativeId)
                .getResultList().stream().map(AssemblyBook::toAssembly).toList());
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
}
