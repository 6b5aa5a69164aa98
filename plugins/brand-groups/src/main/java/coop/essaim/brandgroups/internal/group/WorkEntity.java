package coop.essaim.brandgroups.internal.group;

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

/** Table BG_WORK: never updated once written (see the migration). */
@Entity(name = "BrandGroupWork")
@Table(name = "BG_WORK")
public class WorkEntity {

    @Id
    @SequenceGenerator(name = "BG_WORK_SEQ", sequenceName = "BG_WORK_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "BG_WORK_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "GROUP_ID", updatable = false)
    long groupId;
    @Column(name = "PERSON_ID", updatable = false)
    long personId;
    @Column(name = "MONTH_START", updatable = false)
    LocalDate monthStart;
    @Column(name = "HOURS", updatable = false)
    BigDecimal hours;
    @Column(name = "INVOICED_MINOR", updatable = false)
    long invoiced;
    @Column(name = "CURRENCY", updatable = false)
    String currency;
    @Column(name = "CREATED_AT", updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", updatable = false)
    String createdBy;

    protected WorkEntity() {
    }
}
