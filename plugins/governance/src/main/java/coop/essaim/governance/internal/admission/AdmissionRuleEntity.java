package coop.essaim.governance.internal.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Table GOV_ADMISSION_RULE: from VALID_FROM, a candidate salaried for less than BOARD_BELOW_MONTHS months is
 * reviewed by the board before the general assembly votes; the others go to the assembly directly.
 */
@Entity(name = "GovernanceAdmissionRule")
@Table(name = "GOV_ADMISSION_RULE")
public class AdmissionRuleEntity {

    @Id
    @SequenceGenerator(name = "GOV_ADMISSION_RULE_SEQ", sequenceName = "GOV_ADMISSION_RULE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_ADMISSION_RULE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "VALID_FROM", nullable = false, updatable = false)
    LocalDate validFrom;
    @Column(name = "BOARD_BELOW_MONTHS", nullable = false, updatable = false)
    int boardBelowMonths;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;

    protected AdmissionRuleEntity() {
    }

    AdmissionRuleEntity(long cooperativeId, LocalDate validFrom, int boardBelowMonths, LocalDateTime createdAt,
                        String createdBy) {
        this.cooperativeId = cooperativeId;
        this.validFrom = validFrom;
        this.boardBelowMonths = boardBelowMonths;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }
}
