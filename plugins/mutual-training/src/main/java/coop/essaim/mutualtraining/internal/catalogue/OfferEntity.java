package coop.essaim.mutualtraining.internal.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Table MT_OFFER: a skill offered, proposed then published or refused by the cooperative. */
@Entity(name = "MutualTrainingOffer")
@Table(name = "MT_OFFER")
public class OfferEntity {

    @Id
    @SequenceGenerator(name = "MT_OFFER_SEQ", sequenceName = "MT_OFFER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "MT_OFFER_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "TRAINER_USER_ID", nullable = false, updatable = false)
    long trainerUserId;
    @Column(name = "TRAINER_NAME", nullable = false, updatable = false, length = 200)
    String trainerName;
    @Column(name = "TOPIC", nullable = false, updatable = false, length = 200)
    String topic;
    @Column(name = "TRADE", updatable = false, length = 100)
    String trade;
    @Column(name = "SITE", updatable = false, length = 100)
    String site;
    @Column(name = "LEVEL_CODE", nullable = false, updatable = false, length = 12)
    String level;
    @Column(name = "FORMAT_CODE", nullable = false, updatable = false, length = 12)
    String format;
    @Column(name = "DURATION_HOURS", nullable = false, updatable = false, precision = 7, scale = 2)
    BigDecimal durationHours;
    @Column(name = "PRICE_MINOR", nullable = false, updatable = false)
    long price;
    @Column(name = "DESCRIPTION", updatable = false, length = 2000)
    String description;
    @Column(name = "STATUS", nullable = false, length = 12)
    String status;
    @Column(name = "REVIEW_NOTE", length = 2000)
    String reviewNote;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "REVIEWED_BY", length = 40)
    String reviewedBy;

    protected OfferEntity() {
    }

    OfferEntity(long cooperativeId, long trainerUserId, String trainerName) {
        this.cooperativeId = cooperativeId;
        this.trainerUserId = trainerUserId;
        this.trainerName = trainerName;
    }

    /** Through a method: the woven change tracking sees no field written from another class. */
    void review(String newStatus, String note, String by) {
        status = newStatus;
        reviewNote = note;
        reviewedBy = by;
    }
}
