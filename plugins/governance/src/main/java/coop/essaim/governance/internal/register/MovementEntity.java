package coop.essaim.governance.internal.register;

import coop.essaim.api.money.Money;
import coop.essaim.governance.api.MovementKind;
import coop.essaim.governance.api.ShareMovement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table GOV_SHARE_MOVEMENT: one line of the register, never updated (every column is not updatable). */
@Entity(name = "GovernanceShareMovement")
@Table(name = "GOV_SHARE_MOVEMENT")
public class MovementEntity {

    @Id
    @SequenceGenerator(name = "GOV_SHARE_MOVEMENT_SEQ", sequenceName = "GOV_SHARE_MOVEMENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_SHARE_MOVEMENT_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    long personId;
    @Column(name = "KIND", nullable = false, updatable = false, length = 12)
    String kind;
    @Column(name = "SHARES", nullable = false, updatable = false)
    int shares;
    @Column(name = "AMOUNT_MINOR", nullable = false, updatable = false)
    long amountMinor;
    @Column(name = "REFUND_MINOR", nullable = false, updatable = false)
    long refundMinor;
    @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
    String currency;
    @Column(name = "OCCURRED_ON", nullable = false, updatable = false)
    LocalDate occurredOn;
    @Column(name = "SUBSCRIPTION_ID", updatable = false)
    Long subscriptionId;
    @Column(name = "CORRECTS_ID", updatable = false)
    Long correctsId;
    @Column(name = "NOTE", updatable = false, length = 1000)
    String note;
    @Column(name = "ENTRY_ID", updatable = false)
    Long entryId;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;

    protected MovementEntity() {
    }

    MovementEntity(long cooperativeId, long personId, MovementKind kind, int shares, Money amount, long refundMinor,
                   LocalDate occurredOn, Long subscriptionId, Long correctsId, String note, Long entryId,
                   LocalDateTime createdAt, String createdBy) {
        this.cooperativeId = cooperativeId;
        this.personId = personId;
        this.kind = kind.name();
        this.shares = shares;
        this.amountMinor = amount.minorUnits();
        this.refundMinor = refundMinor;
        this.currency = amount.currency().getCurrencyCode();
        this.occurredOn = occurredOn;
        this.subscriptionId = subscriptionId;
        this.correctsId = correctsId;
        this.note = note;
        this.entryId = entryId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    MovementKind kind() {
        return MovementKind.valueOf(kind);
    }

    ShareMovement toMovement(boolean corrected) {
        return new ShareMovement(id, personId, kind(), shares, Money.of(amountMinor, currency),
                Money.of(refundMinor, currency), occurredOn, subscriptionId, correctsId, note, entryId, corrected);
    }
}
