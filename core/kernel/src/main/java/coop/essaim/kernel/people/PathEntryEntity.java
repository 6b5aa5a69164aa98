package coop.essaim.kernel.people;

import coop.essaim.api.people.PathEntry;
import coop.essaim.kernel.persistence.CreationStamp;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** Table PATH_ENTRY: one step of a path. Append-only: every column is written once. */
@Entity(name = "PathEntry")
@Table(name = "PATH_ENTRY")
public class PathEntryEntity {

    @Id
    @SequenceGenerator(name = "PATH_ENTRY_SEQ", sequenceName = "PATH_ENTRY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PATH_ENTRY_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    private long personId;

    @Column(name = "STATUS_CODE", nullable = false, updatable = false, length = 40)
    private String statusCode;

    @Column(name = "ENTRY_DATE", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "CONTRACT_KIND", updatable = false, length = 40)
    private String contractKind;

    @Column(name = "PLANNED_END", updatable = false)
    private LocalDate plannedEnd;

    @Column(name = "RENEWAL", nullable = false, updatable = false)
    private boolean renewal;

    @Column(name = "EXIT_REASON", updatable = false, length = 40)
    private String exitReason;

    @Column(name = "DETAILS", updatable = false, length = 2000)
    private String details;

    @Embedded
    private CreationStamp created;


    protected PathEntryEntity() {
        // for JPA
    }

    public PathEntryEntity(long cooperativeId, long personId, String statusCode, LocalDate date, String contractKind,
                           LocalDate plannedEnd, boolean renewal, String exitReason, String details, Instant now,
                           String by) {
        this.cooperativeId = cooperativeId;
        this.personId = personId;
        this.statusCode = statusCode;
        this.date = date;
        this.contractKind = contractKind;
        this.plannedEnd = plannedEnd;
        this.renewal = renewal;
        this.exitReason = exitReason;
        this.details = details;
        this.created = new CreationStamp(now, by);
    }

    public long getPersonId() {
        return personId;
    }

    public PathEntry toRecord() {
        return new PathEntry(id, personId, statusCode, date, contractKind, plannedEnd, renewal, exitReason, details,
                created.at(), created.by());
    }
}
