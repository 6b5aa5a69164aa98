package coop.essaim.brandgroups.internal.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Table BG_SHARE: never updated once written (see the migration). */
@Entity(name = "BrandGroupShare")
@Table(name = "BG_SHARE")
public class ShareEntity {

    @Id
    @SequenceGenerator(name = "BG_SHARE_SEQ", sequenceName = "BG_SHARE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "BG_SHARE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "SPLIT_ID", updatable = false)
    long splitId;
    @Column(name = "PERSON_ID", updatable = false)
    long personId;
    @Column(name = "LINE_NO", updatable = false)
    int line;
    @Column(name = "AMOUNT_MINOR", updatable = false)
    long amount;
    @Column(name = "DAYS_PRESENT", updatable = false)
    int daysPresent;
    @Column(name = "DAYS_IN_MONTH", updatable = false)
    int daysInMonth;
    @Column(name = "SETTLEMENT", updatable = false)
    boolean settlement;

    protected ShareEntity() {
    }
}
