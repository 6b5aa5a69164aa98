package coop.essaim.kernel.people;

import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.PathEntry;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.audit.KernelAuditTrail;
import coop.essaim.kernel.csv.CsvColumns;
import coop.essaim.kernel.csv.CsvTable;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static coop.essaim.kernel.people.PeopleCsvColumns.*;

/**
 * Checks and writes the lines of a people file inside the import's transaction. A line is checked whole (its
 * file, then every step of its path in order, then its referent) before anything of it is written, so a refused
 * line leaves nothing behind; an e-mail already in the cooperative or on an earlier line is refused, which also
 * keeps a file imported twice from doubling everyone.
 */
final class PeopleCsvLines {

    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("kind", KIND), Map.entry("givenName", GIVEN_NAME), Map.entry("familyName", FAMILY_NAME),
            Map.entry("organisation", ORGANISATION), Map.entry("legalEntity", LEGAL_ENTITY),
            Map.entry("email", EMAIL), Map.entry("phone", PHONE), Map.entry("street", STREET),
            Map.entry("postalCode", POSTAL_CODE), Map.entry("city", CITY), Map.entry("country", COUNTRY),
            Map.entry("birthDate", BIRTH_DATE), Map.entry("establishment", SITE), Map.entry("trades", TRADES),
            Map.entry("exitReason", EXIT_REASON), Map.entry("details", EXIT_DETAILS));

    /** Lines written between two clears of the persistence context. */
    static final int CHUNK = 200;

    private final UserContext actor;
    private final PathModel model;
    private final LocalDate today;
    private final KernelAuditTrail audit;
    private final Instant now;

    PeopleCsvLines(UserContext actor, PathModel model, LocalDate today, KernelAuditTrail audit, Instant now) {
        this.actor = actor;
        this.model = model;
        this.today = today;
        this.audit = audit;
        this.now = now;
    }

    /** Writes the valid lines; returns the ids of the people written, in file order. */
    List<Long> importAll(EntityManager em, CsvTable table, CsvColumns columns, ImportProblems problems) {
        PersonLineReader reader = new PersonLineReader(columns, model, actor.locale(), sites(em), advisers(em),
                problems);
        Map<String, Integer> lineOfEmail = new HashMap<>();
        // read once: a query per line would make the database flush and scan the people at every line
        Set<String> taken = emails(em);
        List<Long> written = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            PersonLineReader.Candidate c = reader.read(row);
            if (c.details() != null && check(em, c, columns, problems, lineOfEmail, taken)) {
                written.add(write(em, c));
                if (written.size() % CHUNK == 0) {
                    // each flush compares every managed row: emptying the context keeps it small
                    em.flush();
                    em.clear();
                }
            }
        }
        return written;
    }

    private boolean check(EntityManager em, PersonLineReader.Candidate c, CsvColumns columns, ImportProblems problems,
                          Map<String, Integer> lineOfEmail, Set<String> taken) {
        int before = problems.count();
        try {
            PersonValidation.checkPerson(em, actor.cooperativeId(), null, c.details(), actor.locale(), today);
        } catch (ValidationException e) {
            problems.add(c.line(), e, field -> columns.header(COLUMN_OF_FIELD.getOrDefault(field, field)));
        }
        String email = c.details().email() == null ? null : c.details().email().strip().toLowerCase(Locale.ROOT);
        if (email != null && !email.isEmpty()) {
            Integer earlier = lineOfEmail.putIfAbsent(email, c.line());
            if (earlier != null) {
                problems.add(c.line(), columns.header(EMAIL), PeopleMessages.text(actor.locale(),
                        "people.import.email.repeated", earlier));
            } else if (taken.contains(email)) {
                problems.add(c.line(), columns.header(EMAIL), PeopleMessages.text(actor.locale(),
                        "people.import.email.taken", c.details().email().strip()));
            }
        }
        checkPath(c, columns, problems);
        return problems.count() == before;
    }

    /** Each step against the steps before it, as {@code recordTransition} would check them one by one. */
    private void checkPath(PersonLineReader.Candidate c, CsvColumns columns, ImportProblems problems) {
        PathRules rules = new PathRules(model, actor.locale(), today);
        List<PathEntry> path = new ArrayList<>();
        for (PathChange step : c.steps()) {
            try {
                rules.checkTransition(path, step);
            } catch (ValidationException e) {
                problems.add(c.line(), e, field -> switch (field) {
                    case "plannedEnd" -> columns.header(plannedEnd(step.statusCode()));
                    case "exitReason" -> columns.header(EXIT_REASON);
                    case "details" -> columns.header(EXIT_DETAILS);
                    default -> columns.header(status(step.statusCode()));
                });
                return;
            }
            String contract = model.status(step.statusCode()).orElseThrow().opensContract();
            path.add(new PathEntry(0, 0, step.statusCode(), step.date(), contract, step.plannedEnd(), false,
                    step.exitReason(), step.details(), now, actor.login()));
        }
    }

    private long write(EntityManager em, PersonLineReader.Candidate c) {
        PersonEntity p = KernelPeople.insert(em, actor, c.details(), now);
        for (PathChange step : c.steps()) {
            PathRecorder.appendStep(em, actor, p, model.status(step.statusCode()).orElseThrow(), step, now);
        }
        if (c.referentUserId() != null) {
            LocalDate from = c.steps().isEmpty() || c.steps().get(0).date().isAfter(today) ? today
                    : c.steps().get(0).date();
            em.persist(new ReferentAssignmentEntity(actor.cooperativeId(), p.getId(), c.referentUserId(), from,
                    PeopleMessages.text(actor.locale(), "people.import.referent.reason"), now, actor.login()));
            p.referentChanged(c.referentUserId(), now, actor.login());
        }
        audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.person.imported",
                "person:" + p.getId(), "line " + c.line() + ", " + c.steps().size() + " path steps");
        return p.getId();
    }

    private Set<String> emails(EntityManager em) {
        Set<String> out = new HashSet<>();
        em.createQuery("select p.email from Person p where p.cooperativeId = :coop and p.email is not null",
                        String.class).setParameter("coop", actor.cooperativeId()).getResultList()
                .forEach(e -> out.add(e.strip().toLowerCase(Locale.ROOT)));
        return out;
    }

    private Map<String, Long> sites(EntityManager em) {
        Map<String, Long> ids = new HashMap<>();
        em.createQuery("select e from Establishment e where e.cooperativeId = :coop", EstablishmentEntity.class)
                .setParameter("coop", actor.cooperativeId()).getResultList()
                .forEach(e -> ids.put(CsvTable.key(e.getName()), e.getId()));
        return ids;
    }

    private Map<String, Long> advisers(EntityManager em) {
        Map<String, Long> ids = new HashMap<>();
        em.createQuery("select u.login, u.id from UserAccount u, UserRole r where r.userId = u.id"
                        + " and u.cooperativeId = :coop and u.active = true and r.role = :role", Object[].class)
                .setParameter("coop", actor.cooperativeId()).setParameter("role", CoreRoles.ADVISER)
                .getResultList().forEach(r -> ids.put(((String) r[0]).toLowerCase(Locale.ROOT), (Long) r[1]));
        return ids;
    }
}
