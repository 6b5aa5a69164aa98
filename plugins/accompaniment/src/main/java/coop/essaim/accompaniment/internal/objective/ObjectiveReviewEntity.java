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

/** Table ACC_OBJECTIVE_REVIEW: one review of an objective, never updated. */
@Entity(name = "AccompanimentObjectiveReview")
@Table(name = "ACC_OBJECTIVE_REVIEW")
public class ObjectiveReviewEntity {

    @Id
    @SequenceGenerator(name = "ACC_OBJECTIVE_REVIEW_SEQ", sequenceName = "ACC_OBJECTIVE_REVIEW_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ACC_OBJECTIVE_REVIEW_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "OBJECTIVE_ID", nullable = false, updatable = false)
    long objectiveId;
    @Column(name = "REVIEWED_ON", nullable = false, updatable = false)
    LocalDate reviewedOn;
    @Column(name = "APPOINTMENT_ID", updatable = false)
    Long appointmentId;
    @Column(name = "STATUS", nullable = false, updatable = false, length = 10)
    String status;
    @Column(name = "NOTE", updatable = false, length = 2000)
    String note;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;

    protected ObjectiveReviewEntity() {
    }

    ObjectiveReviewEntity(long cooperativeId, long objectiveId, LocalDate reviewedOn, Long appointmentId, String status,
                          String note, LocalDateTime createdAt, String createdBy) {
        this.cooperativeId = cooperativeId;
        this.objectiveId = objectiveId;
        this.reviewedOn = reviewedOn;
        this.appointmentId = appointmentId;
        this.status = status;
        this.note = note;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }
}
