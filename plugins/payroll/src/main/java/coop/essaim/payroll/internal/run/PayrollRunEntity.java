package coop.essaim.payroll.internal.run;

import coop.essaim.payroll.api.RunStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table PAY_RUN: one cooperative's payroll for one month; final once validated. */
@Entity(name = "PayrollRun")
@Table(name = "PAY_RUN")
public class PayrollRunEntity {

    @Id
    @SequenceGenerator(name = "PAY_RUN_SEQ", sequenceName = "PAY_RUN_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PAY_RUN_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "PAY_MONTH", nullable = false, updatable = false)
    LocalDate month;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    RunStatus status;
    @Column(name = "COMPUTED_AT", nullable = false)
    LocalDateTime computedAt;
    @Column(name = "COMPUTED_BY", nullable = false, length = 40)
    String computedBy;
    @Column(name = "VALIDATED_AT")
    LocalDateTime validatedAt;
    @Column(name = "VALIDATED_BY", length = 40)
    String validatedBy;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    int rowVersion;

    protected PayrollRunEntity() {
    }

    /** Field writes go through the entity's own methods, which the weaver tracks; writes from outside are not. */
    void computed(LocalDateTime at, String by) {
        this.computedAt = at;
        this.computedBy = by;
    }

    void validated(LocalDateTime at, String by) {
        this.status = RunStatus.VALIDATED;
        this.validatedAt = at;
        this.validatedBy = by;
    }

    PayrollRunEntity(long cooperativeId, LocalDate month) {
        this.cooperativeId = cooperativeId;
        this.month = month;
        this.status = RunStatus.DRAFT;
    }
}
