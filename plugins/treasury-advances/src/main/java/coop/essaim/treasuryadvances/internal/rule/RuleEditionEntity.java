package coop.essaim.treasuryadvances.internal.rule;

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

/** Table TA_RULE_EDITION: one dated edition of the eligibility rules; never changed, a new edition replaces it. */
@Entity(name = "TreasuryAdvanceRuleEdition")
@Table(name = "TA_RULE_EDITION")
public class RuleEditionEntity {

    @Id
    @SequenceGenerator(name = "TA_RULE_EDITION_SEQ", sequenceName = "TA_RULE_EDITION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TA_RULE_EDITION_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "VALID_FROM", nullable = false, updatable = false)
    LocalDate validFrom;
    @Column(name = "INVOICE_SHARE", nullable = false, updatable = false, precision = 7, scale = 2)
    BigDecimal invoiceShare;
    @Column(name = "ACTIVITY_CEILING_MINOR", nullable = false, updatable = false)
    long activityCeiling;
    @Column(name = "EXPOSURE_BASE", nullable = false, updatable = false, length = 10)
    String exposureBase;
    @Column(name = "EXPOSURE_SHARE", nullable = false, updatable = false, precision = 7, scale = 2)
    BigDecimal exposureShare;
    @Column(name = "FUND_MINOR", nullable = false, updatable = false)
    long fund;
    @Column(name = "MIN_SENIORITY_MONTHS", nullable = false, updatable = false)
    int minSeniorityMonths;
    @Column(name = "DELEGATE_THRESHOLD_MINOR", nullable = false, updatable = false)
    long delegateThreshold;
    @Column(name = "AUTO_ENABLED", nullable = false, updatable = false)
    boolean autoEnabled;
    @Column(name = "AUTO_INVOICE_SHARE", nullable = false, updatable = false, precision = 7, scale = 2)
    BigDecimal autoInvoiceShare;
    /** Comma-separated activity ids; empty: every activity. */
    @Column(name = "AUTO_ACTIVITY_IDS", updatable = false, length = 2000)
    String autoActivityIds;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;

    protected RuleEditionEntity() {
    }

    RuleEditionEntity(long cooperativeId, RuleEdition e, LocalDateTime createdAt, String createdBy) {
        this.cooperativeId = cooperativeId;
        this.validFrom = e.validFrom();
        this.invoiceShare = e.invoiceShare();
        this.activityCeiling = e.activityCeiling();
        this.exposureBase = e.exposureBase().name();
        this.exposureShare = e.exposureShare();
        this.fund = e.fund();
        this.minSeniorityMonths = e.minSeniorityMonths();
        this.delegateThreshold = e.delegateThreshold();
        this.autoEnabled = e.autoEnabled();
        this.autoInvoiceShare = e.autoInvoiceShare();
        this.autoActivityIds = e.autoActivityIds().isEmpty() ? null : String.join(",",
                e.autoActivityIds().stream().sorted().map(String::valueOf).toList());
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    RuleEdition toRecord() {
        java.util.Set<Long> ids = autoActivityIds == null || autoActivityIds.isBlank() ? java.util.Set.of()
                : java.util.Arrays.stream(autoActivityIds.split(",")).map(String::strip).map(Long::valueOf)
                .collect(java.util.stream.Collectors.toSet());
        return new RuleEdition(validFrom, invoiceShare, activityCeiling, RuleEdition.ExposureBase.valueOf(exposureBase),
                exposureShare, fund, minSeniorityMonths, delegateThreshold, autoEnabled, autoInvoiceShare, ids);
    }
}
