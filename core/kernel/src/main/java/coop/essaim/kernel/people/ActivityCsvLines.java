package coop.essaim.kernel.people;

import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.audit.KernelAuditTrail;
import coop.essaim.kernel.csv.CsvCells;
import coop.essaim.kernel.csv.CsvColumns;
import coop.essaim.kernel.csv.CsvTable;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks and writes the lines of an activities file inside the import's transaction, by the rules of
 * {@link KernelActivities#create}; members are named by the e-mail of their person file.
 */
final class ActivityCsvLines {

    static final String NAME = "name";
    static final String BRAND = "brand";
    static final String TRADE = "trade";
    static final String START = "start";
    static final String ANALYTIC_CODE = "analytic_code";
    static final String MEMBERS = "members";

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("name", NAME, "brand", BRAND,
            "trade", TRADE, "start", START, "analyticCode", ANALYTIC_CODE, "members", MEMBERS);

    private final UserContext actor;
    private final KernelAuditTrail audit;
    private final Instant now;

    ActivityCsvLines(UserContext actor, KernelAuditTrail audit, Instant now) {
        this.actor = actor;
        this.audit = audit;
        this.now = now;
    }

    static Map<String, Set<String>> names() {
        Map<String, Set<String>> n = new LinkedHashMap<>();
        n.put(NAME, Set.of("name", "activity", "nom", "activite", "naam", "activiteit"));
        n.put(BRAND, Set.of("brand", "marque", "enseigne", "nom_commercial", "merk",
                "handelsnaam"));
        n.put(TRADE, Set.of("trade", "sector", "metier", "secteur", "beroep"));
        n.put(START, Set.of("start", "start_date", "debut", "date_de_debut", "begin",
                "startdatum", "begindatum"));
        n.put(ANALYTIC_CODE, Set.of("analytic_code", "code", "code_analytique",
                "analytische_code"));
        n.put(MEMBERS, Set.of("members", "member", "membres", "membre", "leden", "lid"));
        return n;
    }

    List<Long> importAll(EntityManager em, CsvTable table, CsvColumns columns, ImportProblems problems) {
        Map<String, Long> memberIds = members(em);
        Map<String, Integer> lineOfCode = new HashMap<>();
        List<Long> written = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int before = problems.count();
            ActivityDetails details = read(row, columns, problems, memberIds);
            if (problems.count() > before) {
                continue;
            }
            String code = ActivityRules.normalisedCode(details.analyticCode());
            Integer earlier = code == null ? null : lineOfCode.putIfAbsent(code, row.line());
            if (earlier != null) {
                problems.add(row.line(), columns.header(ANALYTIC_CODE), PeopleMessages.text(actor.locale(),
                        "people.import.code.repeated", earlier));
                continue;
            }
            try {
                ActivityRules.checkNew(em, actor, details);
            } catch (ValidationException e) {
                problems.add(row.line(), e, field -> columns.header(COLUMN_OF_FIELD.getOrDefault(field, field)));
                continue;
            }
            ActivityEntity a = KernelActivities.insert(em, actor, details, now);
            audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), "core.activity.imported",
                    "activity:" + a.getId(), "line " + row.line() + ", " + a.getAnalyticCode());
            written.add(a.getId());
            if (written.size() % PeopleCsvLines.CHUNK == 0) {
                em.flush();
                em.clear();
            }
        }
        return written;
    }

    private ActivityDetails read(CsvTable.Row row, CsvColumns columns, ImportProblems problems,
                                 Map<String, Long> memberIds) {
        LocalDate start = null;
        String startText = row.cell(columns.index(START));
        if (startText != null) {
            start = CsvCells.date(startText).orElse(null);
            if (start == null) {
                problems.add(row.line(), columns.header(START), PeopleMessages.text(actor.locale(),
                        "people.import.date", startText));
            }
        }
        List<Long> ids = new ArrayList<>();
        for (String email : CsvCells.list(row.cell(columns.index(MEMBERS)))) {
            Long id = memberIds.get(email.toLowerCase(Locale.ROOT));
            if (id == null) {
                problems.add(row.line(), columns.header(MEMBERS), PeopleMessages.text(actor.locale(),
                        "people.import.member.unknown", email));
            } else {
                ids.add(id);
            }
        }
        return new ActivityDetails(row.cell(columns.index(NAME)), row.cell(columns.index(BRAND)),
                row.cell(columns.index(TRADE)), start, row.cell(columns.index(ANALYTIC_CODE)), ids);
    }

    /** Members of the cooperative by e-mail in lower case (a person without one cannot be named here). */
    private Map<String, Long> members(EntityManager em) {
        Map<String, Long> ids = new HashMap<>();
        em.createQuery("select p.email, p.id from Person p where p.cooperativeId = :coop and p.kind = :kind"
                        + " and p.email is not null", Object[].class)
                .setParameter("coop", actor.cooperativeId()).setParameter("kind", PersonKind.MEMBER)
                .getResultList().forEach(r -> ids.put(((String) r[0]).toLowerCase(Locale.ROOT), (Long) r[1]));
        return ids;
    }
}
