package coop.essaim.treasuryadvances.internal.advance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Table TA_INSTALMENT: one due date of an advance repaid by schedule; never changed once requested. */
@Entity(name = "TreasuryAdvanceInstalment")
@Table(name = "TA_INSTALMENT")
public class InstalmentEntity {

    @Id
    @SequenceGenerator(name = "TA_INSTALMENT_SEQ", sequenceName = "TA_INSTALMENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TA_INSTALMENT_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "ADVANCE_ID", nullable = false, updatable = false)
    long advanceId;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "DUE_ON", nullable = false, updatable = false)
    LocalDate dueOn;
    @Column(name = "AMOUNT_MINOR", nullable = false, updatable = false)
    long amountMinor;

    protected InstalmentEntity() {
    }

    InstalmentEntity(long advanceId, long cooperativeId, LocalDate dueOn, long amountMinor) {
        this.advanceId = advanceId;
        this.cooperativeId = cooperativeId;
        this.dueOn = dueOn;
        this.amountMinor = amountMinor;
    }
}
