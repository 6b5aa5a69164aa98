package coop.essaim.kernel.people;

import coop.essaim.api.people.Address;
import coop.essaim.api.people.ExitReason;
import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.kernel.csv.CsvCells;
import coop.essaim.kernel.csv.CsvColumns;
import coop.essaim.kernel.csv.CsvTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static coop.essaim.kernel.people.PeopleCsvColumns.*;

/**
 * Turns one line of a people file into a person file, the steps of their path (in date order) and their
 * referent's login, reporting each cell it cannot read. What the values mean for the cooperative (a valid
 * e-mail, a known site, an allowed transition) is checked afterwards by the same rules as the services.
 */
final class PersonLineReader {

    /** A line read: {@code details} is null when a cell could not be read. */
    record Candidate(int line, PersonDetails details, List<PathChange> steps, Long referentUserId) {
    }

    private final CsvColumns columns;
    private final PathModel model;
    private final Locale locale;
    private final Map<String, Long> siteIds;
    private final Map<String, Long> adviserIds;
    private final ImportProblems problems;

    /** {@code siteIds}: by {@link CsvTable#key} of the name; {@code adviserIds}: by login in lower case. */
    PersonLineReader(CsvColumns columns, PathModel model, Locale locale, Map<String, Long> siteIds,
                     Map<String, Long> adviserIds, ImportProblems problems) {
        this.columns = columns;
        this.model = model;
        this.locale = locale;
        this.siteIds = siteIds;
        this.adviserIds = adviserIds;
        this.problems = problems;
    }

    Candidate read(CsvTable.Row row) {
        int before = problems.count();
        PersonKind kind = kind(row);
        boolean legalEntity = cell(row, LEGAL_ENTITY).map(v -> yesNo(row, LEGAL_ENTITY, v)).orElse(false);
        LocalDate birth = cell(row, BIRTH_DATE).map(v -> date(row, BIRTH_DATE, v)).orElse(null);
        long site = site(row);
        Long referent = cell(row, REFERENT).map(v -> adviser(row, v)).orElse(null);
        List<PathChange> steps = steps(row, kind);
        if (problems.count() > before) {
            return new Candidate(row.line(), null, List.of(), null);
        }
        Address address = new Address(text(row, STREET), text(row, POSTAL_CODE), text(row, CITY),
                cell(row, COUNTRY).map(c -> c.toUpperCase(Locale.ROOT)).orElse(null));
        PersonDetails details = new PersonDetails(kind, text(row, GIVEN_NAME), text(row, FAMILY_NAME),
                text(row, ORGANISATION), legalEntity, text(row, EMAIL), text(row, PHONE), address, birth, site,
                CsvCells.list(text(row, TRADES)), null);
        return new Candidate(row.line(), details, steps, referent);
    }

    private PersonKind kind(CsvTable.Row row) {
        Optional<String> value = cell(row, KIND);
        if (value.isEmpty()) {
            return PersonKind.MEMBER;
        }
        return switch (CsvTable.key(value.get())) {
            case "member", "membre", "entrepreneur", "entrepreneure", "lid", "ondernemer" -> PersonKind.MEMBER;
            case "permanent_staff", "staff", "permanent", "permanente", "equipe", "vaste_werknemer", "personeel",
                    "vast_personeel" -> PersonKind.PERMANENT_STAFF;
            case "external_associate", "associe_exterieur", "associee_exterieure", "associe_externe",
                    "externe_vennoot" -> PersonKind.EXTERNAL_ASSOCIATE;
            case "partner", "partenaire", "financeur", "financier" -> PersonKind.PARTNER;
            default -> {
                problem(row, KIND, "people.import.kind", value.get());
                yield PersonKind.MEMBER;
            }
        };
    }

    private long site(CsvTable.Row row) {
        Optional<String> name = cell(row, SITE);
        if (name.isEmpty()) {
            if (siteIds.size() == 1) {
                return siteIds.values().iterator().next();
            }
            problem(row, SITE, "people.import.site.required");
            return -1;
        }
        Long id = siteIds.get(CsvTable.key(name.get()));
        if (id == null) {
            problem(row, SITE, "people.import.site.unknown", name.get());
            return -1;
        }
        return id;
    }

    private Long adviser(CsvTable.Row row, String login) {
        Long id = adviserIds.get(login.toLowerCase(Locale.ROOT));
        if (id == null) {
            problem(row, REFERENT, "people.import.referent.unknown", login);
        }
        return id;
    }

    /** The dated statuses of the line, oldest first (the model's order when two share a date). */
    private List<PathChange> steps(CsvTable.Row row, PersonKind kind) {
        List<PathStatusDefinition> statuses = model.statuses();
        List<PathChange> steps = new ArrayList<>();
        for (PathStatusDefinition s : statuses) {
            Optional<String> value = cell(row, status(s.code()));
            if (value.isEmpty()) {
                cell(row, plannedEnd(s.code())).ifPresent(v -> problem(row, plannedEnd(s.code()),
                        "people.import.end.withoutStart", columns.header(status(s.code()))));
                continue;
            }
            LocalDate date = date(row, status(s.code()), value.get());
            LocalDate end = cell(row, plannedEnd(s.code())).map(v -> date(row, plannedEnd(s.code()), v)).orElse(null);
            String reason = s.exit() ? cell(row, EXIT_REASON).map(v -> exitReason(row, v)).orElse(null) : null;
            String details = s.exit() ? text(row, EXIT_DETAILS) : null;
            if (date != null) {
                steps.add(new PathChange(s.code(), date, end, reason, details));
            }
        }
        if (kind != PersonKind.MEMBER && !steps.isEmpty()) {
            problem(row, status(steps.get(0).statusCode()), "people.path.notMember");
        }
        steps.sort(Comparator.comparing(PathChange::date).thenComparing(c -> statuses.indexOf(
                model.status(c.statusCode()).orElseThrow())));
        return steps;
    }

    private String exitReason(CsvTable.Row row, String value) {
        String key = CsvTable.key(value);
        for (ExitReason r : model.exitReasons()) {
            if (key.equals(CsvTable.key(r.code())) || LABEL_LANGUAGES.stream().anyMatch(l -> key.equals(
                    CsvTable.key(PeopleMessages.text(l, r.labelKey()))))) {
                return r.code();
            }
        }
        // the path rules list the reasons the model accepts
        return value;
    }

    private LocalDate date(CsvTable.Row row, String column, String value) {
        return CsvCells.date(value).orElseGet(() -> {
            problem(row, column, "people.import.date", value);
            return null;
        });
    }

    private boolean yesNo(CsvTable.Row row, String column, String value) {
        return CsvCells.yesNo(value).orElseGet(() -> {
            problem(row, column, "people.import.yesNo", value);
            return false;
        });
    }

    private Optional<String> cell(CsvTable.Row row, String column) {
        return Optional.ofNullable(row.cell(columns.index(column)));
    }

    private String text(CsvTable.Row row, String column) {
        return row.cell(columns.index(column));
    }

    private void problem(CsvTable.Row row, String column, String key, Object... args) {
        problems.add(row.line(), columns.header(column), PeopleMessages.text(locale, key, args));
    }
}
