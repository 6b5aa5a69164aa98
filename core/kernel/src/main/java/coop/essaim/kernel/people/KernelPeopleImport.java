package coop.essaim.kernel.people;

import coop.essaim.api.event.DomainEvent;
import coop.essaim.api.event.DomainEvents;
import coop.essaim.api.people.ImportMode;
import coop.essaim.api.people.ImportReport;
import coop.essaim.api.people.PeopleEvents;
import coop.essaim.api.people.PeopleImport;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.audit.KernelAuditTrail;
import coop.essaim.kernel.csv.CsvColumns;
import coop.essaim.kernel.csv.CsvTable;
import jakarta.persistence.EntityManager;

import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@link PeopleImport} service. The whole file is checked and written in one transaction, line after line
 * (so a line is checked against the lines written before it); the transaction is then committed or rolled back
 * as the {@link ImportMode} says, which is what makes "nothing unless everything" hold even for a file that
 * fails on its last line. Events are published only for what was committed.
 */
public final class KernelPeopleImport implements PeopleImport {

    private final ModuleStore store;
    private final KernelAuditTrail audit;
    private final DomainEvents events;
    private final PathModels models;
    private final Clock clock;

    public KernelPeopleImport(ModuleStore store, KernelAuditTrail audit, DomainEvents events, PathModels models,
                              Clock clock) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.models = models;
        this.clock = clock;
    }

    @Override
    public ImportReport importPeople(UserContext actor, Reader csv, ImportMode mode) {
        requireManager(actor, CorePermissions.PEOPLE_MANAGE);
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        Instant now = clock.instant();
        var model = models.model(actor.cooperativeId());
        PeopleCsvLines lines = new PeopleCsvLines(actor, model, today, audit, now);
        return run(actor, csv, mode, PeopleCsvColumns.names(model), lines::importAll, "core.people.imported",
                PeopleEvents.PERSON_CREATED, "personId", now);
    }

    @Override
    public ImportReport importActivities(UserContext actor, Reader csv, ImportMode mode) {
        requireManager(actor, CorePermissions.ACTIVITIES_MANAGE);
        Instant now = clock.instant();
        ActivityCsvLines lines = new ActivityCsvLines(actor, audit, now);
        return run(actor, csv, mode, ActivityCsvLines.names(), lines::importAll, "core.activities.imported",
                PeopleEvents.ACTIVITY_CREATED, "activityId", now);
    }

    private interface Lines {
        List<Long> importAll(EntityManager em, CsvTable table, CsvColumns columns, ImportProblems problems);
    }

    /** Thrown out of the transaction to roll it back once the lines were checked (and written). */
    private static final class Discard extends RuntimeException {
        Discard() {
            super(null, null, false, false);
        }
    }

    private ImportReport run(UserContext actor, Reader csv, ImportMode mode, Map<String, Set<String>> names,
                             Lines lines, String auditType, String eventType, String eventKey, Instant now) {
        Objects.requireNonNull(mode, "mode");
        ImportProblems problems = new ImportProblems();
        CsvTable table;
        try {
            table = CsvTable.read(csv, MAX_LINES);
        } catch (CsvTable.FormatException e) {
            String message = CsvTable.UNCLOSED_QUOTE.equals(e.getMessage())
                    ? PeopleMessages.text(actor.locale(), "people.import.quote")
                    : CsvTable.TEXT_AFTER_QUOTE.equals(e.getMessage())
                    ? PeopleMessages.text(actor.locale(), "people.import.afterQuote")
                    : PeopleMessages.text(actor.locale(), "people.import.malformed", e.getMessage());
            problems.add(Math.max(1, e.line()), null, message);
            return new ImportReport(0, 0, false, problems.sorted());
        } catch (CsvTable.TooManyRowsException e) {
            problems.add(1, null, PeopleMessages.text(actor.locale(), "people.import.tooMany", e.max()));
            return new ImportReport(0, 0, false, problems.sorted());
        }
        CsvColumns columns = new CsvColumns(table.headers(), names);
        columns.unknown().forEach(h -> problems.add(1, h, PeopleMessages.text(actor.locale(),
                "people.import.column.unknown", h, String.join(", ", names.keySet().stream()
                        .filter(c -> !c.contains(":")).toList()))));
        columns.repeated().forEach(h -> problems.add(1, h, PeopleMessages.text(actor.locale(),
                "people.import.column.repeated", h)));
        int count = table.rows().size();
        if (problems.count() > 0 || count == 0) {
            if (count == 0 && problems.count() == 0) {
                problems.add(1, null, PeopleMessages.text(actor.locale(), "people.import.noLines"));
            }
            return new ImportReport(count, 0, false, problems.sorted());
        }
        List<Long> written;
        try {
            written = store.inTransaction(em -> {
                List<Long> ids = lines.importAll(em, table, columns, problems);
                boolean keep = switch (mode) {
                    case CHECK_ONLY -> false;
                    case ALL_OR_NOTHING -> problems.count() == 0;
                    case VALID_LINES_ONLY -> !ids.isEmpty();
                };
                if (!keep) {
                    throw new Discard();
                }
                audit.append(em, actor.cooperativeId(), actor.userId(), actor.login(), auditType, null,
                        ids.size() + " of " + count + " lines, mode " + mode);
                return ids;
            });
        } catch (Discard d) {
            return new ImportReport(count, 0, false, problems.sorted());
        }
        written.forEach(id -> events.publish(new DomainEvent(eventType, actor.cooperativeId(), actor.userId(), now,
                Map.of(eventKey, Long.toString(id)))));
        return new ImportReport(count, written.size(), true, problems.sorted());
    }

    private static void requireManager(UserContext actor, String permission) {
        actor.require(permission);
        if (PeopleAccess.confinedToSelf(actor)) {
            throw new AccessDeniedException(permission);
        }
    }
}
