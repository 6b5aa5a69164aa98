package coop.essaim.governance.internal.assembly;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.BodyKind;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.api.Mandate;
import coop.essaim.governance.internal.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The cooperative's bodies (the general assembly of associates, the board or the managers, commissions) and the
 * dated mandates of their members: who sits in a body on a given day.
 */
public final class Bodies {

    private final ModuleStore store;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    public Bodies(ModuleStore store, People people, AuditTrail audit, Clock clock) {
        this.store = store;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public Body create(UserContext actor, BodyKind kind, String name) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        if (kind == null) {
            throw new ValidationException("kind", m.text("error.required"));
        }
        String text = Assemblies.text(name, 200, "name", m);
        BodyEntity b = new BodyEntity();
        b.cooperativeId = actor.cooperativeId();
        b.kind = kind.name();
        b.name = text;
        b.createdAt = LocalDateTime.now(clock);
        b.createdBy = actor.login();
        store.run(em -> em.persist(b));
        audit.record(actor, "governance.body.created", "body:" + b.id, kind + " " + text);
        return toBody(b);
    }

    /** A mandate from {@code from} to {@code to} (inclusive, null: no end yet). */
    public Mandate appoint(UserContext actor, long bodyId, long personId, String role, LocalDate from,
                           LocalDate to) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        body(actor, bodyId);
        people.find(actor.lending(CorePermissions.PEOPLE_READ), personId).orElseThrow(() ->
                new ValidationException("personId", m.text("error.noPerson", personId)));
        String text = Assemblies.text(role, 100, "role", m);
        if (from == null) {
            throw new ValidationException("from", m.text("error.required"));
        }
        if (to != null && to.isBefore(from)) {
            throw new ValidationException("to", m.text("error.mandateEnd", from));
        }
        MandateEntity e = new MandateEntity();
        e.cooperativeId = actor.cooperativeId();
        e.bodyId = bodyId;
        e.personId = personId;
        e.role = text;
        e.fromDate = from;
        e.toDate = to;
        e.createdAt = LocalDateTime.now(clock);
        e.createdBy = actor.login();
        store.run(em -> em.persist(e));
        audit.record(actor, "governance.mandate.added", "mandate:" + e.id, bodyId + " " + personId + " " + text);
        return toMandate(e);
    }

    /** Ends a mandate on {@code to}, never before it began. */
    public Mandate end(UserContext actor, long mandateId, LocalDate to) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        Mandate found = mandates(actor, null).stream().filter(x -> x.id() == mandateId).findFirst()
                .orElseThrow(() -> new ValidationException("id", m.text("error.noMandate", mandateId)));
        if (to == null || to.isBefore(found.from())) {
            throw new ValidationException("to", m.text("error.mandateEnd", found.from()));
        }
        Mandate done = store.inTransaction(em -> {
            MandateEntity e = em.find(MandateEntity.class, mandateId);
            e.endOn(to);
            return toMandate(e);
        });
        audit.record(actor, "governance.mandate.ended", "mandate:" + mandateId, to.toString());
        return done;
    }

    public List<Body> all(UserContext actor) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        return store.read(em -> em.createQuery("select b from GovernanceBody b where b.cooperativeId = :c"
                        + " order by b.id", BodyEntity.class).setParameter("c", actor.cooperativeId())
                .getResultList().stream().map(Bodies::toBody).toList());
    }

    public Body body(UserContext actor, long bodyId) {
        Messages m = new Messages(actor.locale());
        return all(actor).stream().filter(b -> b.id() == bodyId).findFirst()
                .orElseThrow(() -> new ValidationException("bodyId", m.text("error.noBody", bodyId)));
    }

    /** The mandates of a body (all bodies when {@code bodyId} is null), the earliest first. */
    public List<Mandate> mandates(UserContext actor, Long bodyId) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        return store.read(em -> em.createQuery("select x from GovernanceMandate x where x.cooperativeId = :c"
                        + " order by x.fromDate, x.id", MandateEntity.class).setParameter("c", actor.cooperativeId())
                .getResultList().stream().filter(x -> bodyId == null || x.bodyId == bodyId)
                .map(Bodies::toMandate).toList());
    }

    /** The mandates of a body in force on {@code day}: its members that day. */
    public List<Mandate> membersOn(UserContext actor, long bodyId, LocalDate day) {
        return mandates(actor, bodyId).stream().filter(x -> x.activeOn(day)).toList();
    }

    private static Body toBody(BodyEntity b) {
        return new Body(b.id, BodyKind.valueOf(b.kind), b.name);
    }

    private static Mandate toMandate(MandateEntity e) {
        return new Mandate(e.id, e.bodyId, e.personId, e.role, e.fromDate, e.toDate);
    }
}
