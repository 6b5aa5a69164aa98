package coop.essaim.treasuryadvances.internal.advance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Table TA_COOPERATIVE_LOCK: the row an approval updates first, so approvals of one cooperative run one by one. */
@Entity(name = "TreasuryAdvanceCooperativeLock")
@Table(name = "TA_COOPERATIVE_LOCK")
public class CooperativeLockEntity {

    @Id
    @Column(name = "COOPERATIVE_ID")
    Long cooperativeId;
    @Column(name = "APPROVALS", nullable = false)
    long approvals;

    protected CooperativeLockEntity() {
    }

    CooperativeLockEntity(long cooperativeId) {
        this.cooperativeId = cooperativeId;
    }
}
