package coop.essaim.kernel.people;

import coop.essaim.api.people.ReferentAssignment;
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

/** Table PERSON_REFERENT: from a date, who is a person's referent adviser, and why. Append-only. */
@Entity(name = "ReferentAssignment")
@Table(name = "PERSON_REFERENT")
public class ReferentAssignmentEntity {

    @Id
    @SequenceGenerator(name = "PERSON_REFERENT_SEQ", sequenceName = "PERSON_REFERENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PERSON_REFERENT_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    private long personId;

    @Column(name = "ADVISER_USER_ID", updatable = false)
    private Long adviserUserId;

    @Column(name = "VALID_FROM", nullable = false, updatable = false)
    private LocalDate from;

    @Column(name = "REASON", nullable = false, updatable = false, length = 500)
    private String reason;

    @Embedded
    private CreationStamp created;


    protected ReferentAssignmentEntity() {
        // for JPA
    }

    public ReferentAssignmentEntity(long cooperativeId, long personId, Long adviserUserId, LocalDate from,
                                    String reason, Instant now, String by) {
        this.cooperativeId = cooperativeId;
        this.personId = personId;
        this.adviserUserId = adviserUserId;
        this.from = from;
        this.reason = reason;
        this.created = new CreationStamp(now, by);
    }

    public LocalDate getFrom() {
        return from;
    }

    public ReferentAssignment toRecord() {
        return new ReferentAssignment(id, personId, adviserUserId, from, reason, created.at(), created.by());
    }
}
