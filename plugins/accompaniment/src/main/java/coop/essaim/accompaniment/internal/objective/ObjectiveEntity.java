package coop.essaim.accompaniment.internal.objective;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table ACC_OBJECTIVE: one objective, never updated ({@link ObjectiveReviewEntity} rows follow it). */
@Entity(name = "AccompanimentObjective")
@Table(name = "ACC_OBJECTIVE")
public class ObjectiveEntity {

    @Id
    @SequenceGenerator(name = "ACC_OBJECTIVE_SEQ", sequenceName = "ACC_OBJECTIVE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ACC_OBJECTIVE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    long personId;
    @Column(name = "KIND", nullable = false, updatable = false, length = 10)
    String kind;
    @Column(name = "LABEL", nullable = false, updatable = false, length = 200)
    String label;
    @Column(name = "AMOUNT_MINOR", updatable = false)
    Long amountMinor;
    @Column(name = "CURRENCY", updatable = false, length = 3)
    String currency;
    @Column(name = "HOURS", updatable = false)
    Integer hours;
    @Column(name = "DUE_ON", nullable = false, updatable = false)
    LocalDate dueOn;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;

    protected ObjectiveEntity() {
    }

    ObjectiveEntity(long cooperativeId, long personId, String kind, String label, Long amountMinor, String currency,
                    Integer hours, LocalDate dueOn, LocalDateTime createdAt, String createdBy) {
        this.cooperativeId = cooperativeId;
        this.personId = personId;
        this.kind = kind;
        this.label = label;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.hours = hours;
        this.dueOn = dueOn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }
}
