package coop.essaim.brandgroups.internal.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table BG_SPLIT: never updated once written (see the migration). */
@Entity(name = "BrandGroupSplit")
@Table(name = "BG_SPLIT")
public class SplitEntity {

    @Id
    @SequenceGenerator(name = "BG_SPLIT_SEQ", sequenceName = "BG_SPLIT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "BG_SPLIT_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "GROUP_ID", updatable = false)
    long groupId;
    @Column(name = "MONTH_START", updatable = false)
    LocalDate monthStart;
    @Column(name = "ROUND_NO", updatable = false)
    int round;
    @Column(name = "EDITION_ID", updatable = false)
    long editionId;
    @Column(name = "AVAILABLE_MINOR", updatable = false)
    long available;
    @Column(name = "CURRENCY", updatable = false)
    String currency;
    @Column(name = "CREATED_AT", updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", updatable = false)
    String createdBy;

    protected SplitEntity() {
    }
}
