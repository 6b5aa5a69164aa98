package coop.essaim.mutualtraining.internal.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table MT_REQUEST: a training request, its score at submission and the committee's decision. */
@Entity(name = "MutualTrainingRequest")
@Table(name = "MT_REQUEST")
public class RequestEntity {

    @Id
    @SequenceGenerator(name = "MT_REQUEST_SEQ", sequenceName = "MT_REQUEST_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "MT_REQUEST_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "MEMBER_USER_ID", nullable = false, updatable = false)
    long memberUserId;
    @Column(name = "MEMBER_NAME", nullable = false, updatable = false, length = 200)
    String memberName;
    @Column(name = "PATH_STATUS", updatable = false, length = 40)
    String pathStatus;
    @Column(name = "TITLE", nullable = false, updatable = false, length = 200)
    String title;
    @Column(name = "INTERNAL", nullable = false, updatable = false)
    boolean internal;
    @Column(name = "OFFER_ID", updatable = false)
    Long offerId;
    @Column(name = "GOAL", nullable = false, updatable = false, length = 2000)
    String goal;
    @Column(name = "PURPOSE", updatable = false, length = 2000)
    String purpose;
    @Column(name = "COST_MINOR", nullable = false, updatable = false)
    long cost;
    @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
    String currency;
    @Column(name = "HOURS", nullable = false, updatable = false, precision = 7, scale = 2)
    BigDecimal hours;
    @Column(name = "REQUEST_YEAR", nullable = false, updatable = false)
    int year;
    @Column(name = "SUBMITTED_ON", nullable = false, updatable = false)
    LocalDate submittedOn;
    @Column(name = "CRITERIA_FROM", updatable = false)
    LocalDate criteriaFrom;
    @Column(name = "SCORE", nullable = false, updatable = false)
    int score;
    /** {@code CODE:met:points} separated by {@code ;}, in the order of the criteria. */
    @Column(name = "SCORE_DETAIL", nullable = false, updatable = false, length = 2000)
    String scoreDetail;
    @Column(name = "STATUS", nullable = false, length = 12)
    String status;
    @Column(name = "DECISION_REASONS", length = 2000)
    String decisionReasons;
    @Column(name = "DECIDED_AT")
    LocalDateTime decidedAt;
    @Column(name = "DECIDED_BY", length = 40)
    String decidedBy;
    @Column(name = "COMMITTED_MINOR", nullable = false)
    long committed;
    @Column(name = "SPENT_MINOR", nullable = false)
    long spent;
    @Column(name = "OVERRIDE_REASON", length = 2000)
    String overrideReason;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    int rowVersion;

    protected RequestEntity() {
    }

    RequestEntity(long cooperativeId, long memberUserId, String memberName) {
        this.cooperativeId = cooperativeId;
        this.memberUserId = memberUserId;
        this.memberName = memberName;
    }

    /** Through methods only: the woven change tracking sees no field written from another class. */
    void decide(String newStatus, String reasons, LocalDateTime at, String by) {
        status = newStatus;
        decisionReasons = reasons;
        decidedAt = at;
        decidedBy = by;
    }

    void commit(long amount, String override) {
        committed = amount;
        overrideReason = override;
    }

    void spend(long amount) {
        spent += amount;
    }
}
