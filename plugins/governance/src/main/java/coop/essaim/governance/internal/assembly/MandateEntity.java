package coop.essaim.governance.internal.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table GOV_MANDATE: a person's dated role in a body. */
@Entity(name = "GovernanceMandate")
@Table(name = "GOV_MANDATE")
public class MandateEntity {

    @Id
    @SequenceGenerator(name = "GOV_MANDATE_SEQ", sequenceName = "GOV_MANDATE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_MANDATE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "BODY_ID", nullable = false, updatable = false)
    long bodyId;
    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    long personId;
    @Column(name = "ROLE", nullable = false, updatable = false, length = 100)
    String role;
    @Column(name = "FROM_DATE", nullable = false, updatable = false)
    LocalDate fromDate;
    @Column(name = "TO_DATE")
    LocalDate toDate;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;
    @Column(name = "ENDED_AT")
    LocalDateTime endedAt;
    @Column(name = "ENDED_BY", length = 40)
    String endedBy;

    protected MandateEntity() {
    }

    /** Through a method of the entity, so the woven change tracking sees it. */
    void endOn(LocalDate day, LocalDateTime at, String by) {
        toDate = day;
        endedAt = at;
        endedBy = by;
    }
}
