package coop.essaim.governance.internal.admission;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.PathEntry;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.Candidacy;
import coop.essaim.governance.api.CandidacyStage;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.internal.Messages;
import coop.essaim.governance.internal.register.ShareRegister;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Becoming associate: a candidacy with its letter; the admission rule in force on the day it is submitted sends it
 * to the board first (a candidate salaried for less than the rule's months) or to the general assembly directly;
 * each step is decided on a date with its reasons. When the assembly accepts, the person's path records the
 * associate step through the core's path transitions, which clears their associate deadline.
 */
public final class Candidacies {

    /** Without a rule: salaried under two years, the board reviews first. */
    public static final int DEFAULT_BOARD_BELOW_MONTHS = 24;

    private final ModuleStore store;
    private final People people;
    private final ShareRegister register;
    private final AuditTrail audit;
    private final Clock clock;

    public Candidacies(ModuleStore store, People people, ShareRegister register, AuditTrail audit, Clock clock) {
        this.store = store;
        this.people = people;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new edition of the admission rule, from {@code validFrom}. */
    public void addRule(UserContext actor, LocalDate validFrom, int boardBelowMonths) {
        actor.require(GovernancePermissions.CANDIDACIES_MANAGE);
        Messages m = new Messages(actor.locale());
        if (validFrom == null) {
            throw new ValidationException("validFrom", m.text("error.required"));
        }
        if (boardBelowMonths < 0 || boardBelowMonths > 600) {
            throw new ValidationException("boardBelowMonths", m.text("error.months", 600));
        }
        store.run(em -> em.persist(new AdmissionRuleEntity(actor.cooperativeId(), validFrom, boardBelowMonths,
                LocalDateTime.now(clock), actor.login())));
        audit.record(actor, "governance.admission-rule.added", "admission-rule:" + validFrom,
                String.valueOf(boardBelowMonths));
    }

    /** The months of the rule in force on {@code day}. */
    public int boardBelowMonths(UserContext actor, LocalDate day) {
        return store.read(em -> em.createQuery("select r from GovernanceAdmissionRule r where r.cooperativeId = :c"
                        + " and r.validFrom <= :d order by r.validFrom desc", AdmissionRuleEntity.class)
                .setParameter("c", actor.cooperativeId()).setParameter("d", day).setMaxResults(1).getResultList()
                .stream().findFirst().map(r -> r.boardBelowMonths).orElse(DEFAULT_BOARD_BELOW_MONTHS));
    }

    /** A candidate's application: the managers for anyone, an entrepreneur for their own person file only. */
    public Candidacy apply(UserContext actor, long personId, String letter, LocalDate on) {
        Messages m = new Messages(actor.locale());
        if (!actor.can(GovernancePermissions.CANDIDACIES_MANAGE)) {
            actor.require(GovernancePermissions.OWN);
            if (register.ownPerson(actor).map(Person::id).filter(id -> id == personId).isEmpty()) {
                throw new ValidationException("personId", m.text("error.notYours"));
            }
        }
        String text = letter == null ? "" : letter.strip();
        if (text.isEmpty() || text.length() > 4000) {
            throw new ValidationException("letter", m.text("error.letter", 4000));
        }
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        UserContext reader = actor.lending(CorePermissions.PEOPLE_READ);
        Person person = people.find(reader, personId).orElseThrow(() -> new ValidationException("personId",
                m.text("error.person", personId)));
        PathModel model = people.pathModel(reader);
        if (associateCodes(model).contains(person.statusCode())) {
            throw new ValidationException("personId", m.text("error.alreadyAssociate"));
        }
        if (all(actor.cooperativeId()).stream().anyMatch(c -> c.personId() == personId && open(c))) {
            throw new ValidationException("personId", m.text("error.openCandidacy"));
        }
        long months = salariedSince(reader, model, personId).map(s -> ChronoUnit.MONTHS.between(s, day)).orElse(0L);
        boolean boardFirst = months < boardBelowMonths(actor, day);
        CandidacyEntity c = new CandidacyEntity(actor.cooperativeId(), personId, text, day, boardFirst,
                LocalDateTime.now(clock), actor.login());
        store.run(em -> em.persist(c));
        audit.record(actor, "governance.candidacy.submitted", "candidacy:" + c.id, boardFirst ? "board" : "assembly");
        return c.toCandidacy();
    }

    /** The board's dated decision: approved, the assembly votes next; refused, the candidacy ends. */
    public Candidacy boardDecision(UserContext actor, long id, boolean approved, String reasons, LocalDate on) {
        return decide(actor, id, CandidacyStage.BOARD_REVIEW, approved, reasons, on);
    }

    /** The assembly's dated decision; accepted, the person's path records the associate step on that date. */
    public Candidacy assemblyDecision(UserContext actor, long id, boolean approved, String reasons, LocalDate on) {
        return decide(actor, id, CandidacyStage.ASSEMBLY_VOTE, approved, reasons, on);
    }

    private Candidacy decide(UserContext actor, long id, CandidacyStage at, boolean approved, String reasons,
                             LocalDate on) {
        actor.require(GovernancePermissions.CANDIDACIES_MANAGE);
        Messages m = new Messages(actor.locale());
        Candidacy c = find(actor, id).filter(x -> x.stage() == at).orElseThrow(() -> new ValidationException("id",
                m.text("error.candidacyStage", id, m.text("CandidacyStage." + at.name()))));
        String text = reasons == null ? "" : reasons.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new ValidationException("reasons", m.text("error.reasons", 2000));
        }
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        if (day.isBefore(c.submittedOn())) {
            throw new ValidationException("decidedOn", m.text("error.beforeSubmission", c.submittedOn()));
        }
        if (at == CandidacyStage.ASSEMBLY_VOTE && approved) {
            UserContext manager = actor.lending(CorePermissions.PEOPLE_MANAGE);
            String code = associateCodes(people.pathModel(manager)).stream().sorted().findFirst()
                    .orElseThrow(() -> new ValidationException("id", m.text("error.noAssociateStatus")));
            people.recordTransition(manager, c.personId(), new PathChange(code, day, null, null,
                    m.text("path.acceptedByAssembly", id)));
        }
        Candidacy done = store.inTransaction(em -> {
            CandidacyEntity e = em.find(CandidacyEntity.class, id);
            if (at == CandidacyStage.BOARD_REVIEW) {
                e.board(approved, text, day);
            } else {
                e.assembly(approved, text, day);
            }
            return e.toCandidacy();
        });
        audit.record(actor, "governance.candidacy." + (at == CandidacyStage.BOARD_REVIEW ? "board" : "assembly"),
                "candidacy:" + id, (approved ? "approved " : "refused ") + text);
        return done;
    }

    public List<Candidacy> all(UserContext actor) {
        actor.require(GovernancePermissions.CANDIDACIES_MANAGE);
        return all(actor.cooperativeId());
    }

    public Optional<Candidacy> find(UserContext actor, long id) {
        if (actor.can(GovernancePermissions.CANDIDACIES_MANAGE)) {
            return all(actor.cooperativeId()).stream().filter(c -> c.id() == id).findFirst();
        }
        return own(actor).stream().filter(c -> c.id() == id).findFirst();
    }

    /** The candidacies of the user's own person file. */
    public List<Candidacy> own(UserContext actor) {
        return register.ownPerson(actor).map(p -> all(actor.cooperativeId()).stream()
                .filter(c -> c.personId() == p.id()).toList()).orElse(List.of());
    }

    private List<Candidacy> all(long cooperativeId) {
        return store.read(em -> em.createQuery("select c from GovernanceCandidacy c where c.cooperativeId = :c"
                        + " order by c.id", CandidacyEntity.class).setParameter("c", cooperativeId).getResultList()
                .stream().map(CandidacyEntity::toCandidacy).toList());
    }

    private static boolean open(Candidacy c) {
        return c.stage() == CandidacyStage.BOARD_REVIEW || c.stage() == CandidacyStage.ASSEMBLY_VOTE;
    }

    private static Set<String> associateCodes(PathModel model) {
        return model.statuses().stream().filter(PathStatusDefinition::associate).map(PathStatusDefinition::code)
                .collect(Collectors.toSet());
    }

    /** Salaried since the first step into a status from which one becomes associate (CESA in France). */
    private Optional<LocalDate> salariedSince(UserContext reader, PathModel model, long personId) {
        Set<String> associate = associateCodes(model);
        Set<String> salaried = model.statuses().stream().filter(s -> s.next().stream().anyMatch(associate::contains))
                .map(PathStatusDefinition::code).collect(Collectors.toSet());
        return people.path(reader, personId).flatMap(p -> p.entries().stream()
                .filter(e -> salaried.contains(e.statusCode())).map(PathEntry::date).min(LocalDate::compareTo));
    }
}
