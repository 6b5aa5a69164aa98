package coop.essaim.governance.internal.assembly;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The cooperative's bodies (the general assembly of associates, the board or the managers, commissions) and the
 * dated mandates of their members: who sits in a body on a given day. A mandate is never deleted: ending it dates
 * its last day and it stays in the body's history. Those who keep the assemblies manage them; an associate
 * ({@code governance.own}) reads the bodies and who sits in them today.
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

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Body create(UserContext actor, BodyKind kind, String name) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        if (kind == null) {
            throw new ValidationException("kind", m.text("error.required"));
        }
        String text = AssemblyBook.text(name, 200, "name", m);
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

    /** A new name for a body; its kind, mandates and meetings stay. */
    public Body rename(UserContext actor, long bodyId, String name) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        body(actor, bodyId);
        String text = AssemblyBook.text(name, 200, "name", m);
        Body done = store.inTransaction(em -> {
            BodyEntity b = em.find(BodyEntity.class, bodyId);
            b.rename(text, LocalDateTime.now(clock), actor.login());
            return toBody(b);
        });
        audit.record(actor, "governance.body.renamed", "body:" + bodyId, text);
        return done;
    }

    /**
     * A mandate from {@code from} to {@code to} (inclusive, null: no end yet) of a person of the cooperative. The
     * same person never holds the same role in the same body twice on one day.
     */
    public Mandate appoint(UserContext actor, long bodyId, long personId, String role, LocalDate from,
                           LocalDate to) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        body(actor, bodyId);
        people.find(actor.lending(CorePermissions.PEOPLE_READ), personId).orElseThrow(() ->
                new ValidationException("personId", m.text("error.noPerson", personId)));
        String text = AssemblyBook.text(role, 100, "role", m);
        if (from == null) {
            throw new ValidationException("from", m.text("error.required"));
        }
        if (to != null && to.isBefore(from)) {
            throw new ValidationException("to", m.text("error.mandateEnd", from));
        }
        String key = text.toLowerCase(Locale.ROOT);
        mandates(actor, bodyId).stream().filter(x -> x.personId() == personId
                        && x.role().toLowerCase(Locale.ROOT).equals(key) && overlap(x, from, to)).findFirst()
                .ifPresent(x -> {
                    throw new ValidationException("from", m.text("error.mandateOverlap", x.role(), x.from(),
                            x.to() == null ? "…" : x.to()));
                });
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

    /**
     * Ends a mandate on {@code to} (its last day), never before it began; a mandate may be ended earlier than the
     * end it was given, never later (a new mandate says so), and an ended one stays in the history.
     */
    public Mandate end(UserContext actor, long mandateId, LocalDate to) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        Mandate found = mandates(actor, null).stream().filter(x -> x.id() == mandateId).findFirst()
                .orElseThrow(() -> new ValidationException("mandateId", m.text("error.noMandate", mandateId)));
        if (to == null || to.isBefore(found.from())) {
            throw new ValidationException("to", m.text("error.mandateEnd", found.from()));
        }
        if (found.to() != null && !found.to().isAfter(to)) {
            throw new ValidationException("to", m.text("error.mandateEnded", found.to()));
        }
        Mandate done = store.inTransaction(em -> {
            MandateEntity e = em.find(MandateEntity.class, mandateId);
            e.endOn(to, LocalDateTime.now(clock), actor.login());
            return toMandate(e);
        });
        audit.record(actor, "governance.mandate.ended", "mandate:" + mandateId, to.toString());
        return done;
    }

    /** The cooperative's bodies, for those who keep them and for associates. */
    public List<Body> all(UserContext actor) {
        requireReader(actor);
        return store.read(em -> em.createQuery("select b from GovernanceBody b where b.cooperativeId = :c"
                        + " order by b.id", BodyEntity.class).setParameter("c", actor.cooperativeId())
                .getResultList().stream().map(Bodies::toBody).toList());
    }

    public Body body(UserContext actor, long bodyId) {
        Messages m = new Messages(actor.locale());
        return all(actor).stream().filter(b -> b.id() == bodyId).findFirst()
                .orElseThrow(() -> new ValidationException("bodyId", m.text("error.noBody", bodyId)));
    }

    /** The mandates of a body (all bodies when {@code bodyId} is null), the earliest first: its whole history. */
    public List<Mandate> mandates(UserContext actor, Long bodyId) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        return store.read(em -> em.createQuery("select x from GovernanceMandate x where x.cooperativeId = :c"
                        + " order by x.fromDate, x.id", MandateEntity.class).setParameter("c", actor.cooperativeId())
                .getResultList().stream().filter(x -> bodyId == null || x.bodyId == bodyId)
                .map(Bodies::toMandate).toList());
    }

    /**
     * The mandates of a body in force on {@code day}: its members that day. Those who keep the bodies read any day;
     * an associate reads today's members only.
     */
    public List<Mandate> membersOn(UserContext actor, long bodyId, LocalDate day) {
        if (!actor.can(GovernancePermissions.ASSEMBLIES_MANAGE)) {
            requireReader(actor);
            if (!today().equals(day)) {
                throw new AccessDeniedException(GovernancePermissions.ASSEMBLIES_MANAGE);
            }
        }
        body(actor, bodyId);
        UserContext keeper = actor.lending(GovernancePermissions.ASSEMBLIES_MANAGE);
        return mandates(keeper, bodyId).stream().filter(x -> x.activeOn(day)).toList();
    }

    /** The person's name, or their number when the core does not let the actor read their file. */
    public String name(UserContext actor, long personId) {
        return people.find(actor.lending(CorePermissions.PEOPLE_READ), personId).map(Person::displayName)
                .orElse("#" + personId);
    }

    /** The people one may appoint (the cooperative's person files, partners included: a SCIC seats them). */
    public Map<Long, String> appointable(UserContext actor) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Map<Long, String> out = new LinkedHashMap<>();
        people.list(actor.lending(CorePermissions.PEOPLE_READ), PersonQuery.all(0, 500)).items().stream()
                .sorted(Comparator.comparing(Person::displayName)).forEach(p -> out.put(p.id(), p.displayName()));
        return out;
    }

    private static void requireReader(UserContext actor) {
        if (!actor.can(GovernancePermissions.OWN)) {
            actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        }
    }

    private static boolean overlap(Mandate x, LocalDate from, LocalDate to) {
        boolean startsBeforeItEnds = x.to() == null || !from.isAfter(x.to());
        boolean endsAfterItStarts = to == null || !to.isBefore(x.from());
        return startsBeforeItEnds && endsAfterItStarts;
    }

    private static Body toBody(BodyEntity b) {
        return new Body(b.id, BodyKind.valueOf(b.kind), b.name);
    }

    private static Mandate toMandate(MandateEntity e) {
        return new Mandate(e.id, e.bodyId, e.personId, e.role, e.fromDate, e.toDate);
    }
}
