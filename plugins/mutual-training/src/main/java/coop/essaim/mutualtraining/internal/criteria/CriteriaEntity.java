package coop.essaim.mutualtraining.internal.criteria;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

/** Table MT_CRITERIA: one dated edition of the allocation criteria; never changed, a new edition follows it. */
@Entity(name = "MutualTrainingCriteria")
@Table(name = "MT_CRITERIA")
public class CriteriaEntity {

    @Id
    @SequenceGenerator(name = "MT_CRITERIA_SEQ", sequenceName = "MT_CRITERIA_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "MT_CRITERIA_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "VALID_FROM", nullable = false, updatable = false)
    LocalDate validFrom;
    @Column(name = "START_PHASE_STATUSES", nullable = false, updatable = false, length = 500)
    String startPhaseStatuses;
    @Column(name = "START_PHASE_POINTS", nullable = false, updatable = false)
    int startPhasePoints;
    @Column(name = "INTERNAL_POINTS", nullable = false, updatable = false)
    int internalPoints;
    @Column(name = "ACTIVITY_POINTS", nullable = false, updatable = false)
    int activityPoints;
    @Column(name = "YEARLY_CAP_MINOR", nullable = false, updatable = false)
    long yearlyCap;
    @Column(name = "INTERNAL_SHARE", nullable = false, updatable = false, precision = 7, scale = 2)
    BigDecimal internalShare;
    @Column(name = "NOTE", updatable = false, length = 2000)
    String note;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;

    protected CriteriaEntity() {
    }

    CriteriaEntity(long cooperativeId, Criteria c, LocalDateTime createdAt, String createdBy) {
        this.cooperativeId = cooperativeId;
        this.validFrom = c.validFrom();
        this.startPhaseStatuses = String.join(",", c.startPhaseStatuses());
        this.startPhasePoints = c.startPhasePoints();
        this.internalPoints = c.internalPoints();
        this.activityPoints = c.activityPoints();
        this.yearlyCap = c.yearlyCap();
        this.internalShare = c.internalShare();
        this.note = c.note();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    Criteria toRecord() {
        return new Criteria(validFrom, Arrays.stream(startPhaseStatuses.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList(), startPhasePoints, internalPoints, activityPoints, yearlyCap,
                internalShare, note);
    }
}
