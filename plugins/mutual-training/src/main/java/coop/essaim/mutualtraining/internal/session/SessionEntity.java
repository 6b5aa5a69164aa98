package coop.essaim.mutualtraining.internal.session;

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

/** Table MT_SESSION: a session held; never changed once recorded. */
@Entity(name = "MutualTrainingSession")
@Table(name = "MT_SESSION")
public class SessionEntity {

    @Id
    @SequenceGenerator(name = "MT_SESSION_SEQ", sequenceName = "MT_SESSION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "MT_SESSION_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "OFFER_ID", updatable = false)
    Long offerId;
    @Column(name = "TITLE", nullable = false, updatable = false, length = 200)
    String title;
    @Column(name = "TRAINER_USER_ID", nullable = false, updatable = false)
    long trainerUserId;
    @Column(name = "TRAINER_NAME", nullable = false, updatable = false, length = 200)
    String trainerName;
    @Column(name = "HELD_ON", nullable = false, updatable = false)
    LocalDate heldOn;
    @Column(name = "HOURS", nullable = false, updatable = false, precision = 7, scale = 2)
    BigDecimal hours;
    @Column(name = "SITE", updatable = false, length = 100)
    String site;
    @Column(name = "PAYMENT", nullable = false, updatable = false, length = 12)
    String payment;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;

    protected SessionEntity() {
    }

    SessionEntity(long cooperativeId) {
        this.cooperativeId = cooperativeId;
    }
}
