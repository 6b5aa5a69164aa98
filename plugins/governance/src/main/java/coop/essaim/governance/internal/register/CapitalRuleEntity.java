package coop.essaim.governance.internal.register;

import coop.essaim.api.money.Money;
import coop.essaim.governance.api.CapitalRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table GOV_CAPITAL_RULE: one dated edition of the capital rule, never changed once written. */
@Entity(name = "GovernanceCapitalRule")
@Table(name = "GOV_CAPITAL_RULE")
public class CapitalRuleEntity {

    @Id
    @SequenceGenerator(name = "GOV_CAPITAL_RULE_SEQ", sequenceName = "GOV_CAPITAL_RULE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_CAPITAL_RULE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "VALID_FROM", nullable = false, updatable = false)
    LocalDate validFrom;
    @Column(name = "NOMINAL_MINOR", nullable = false, updatable = false)
    long nominalMinor;
    @Column(name = "MINIMUM_ENTRY_MINOR", nullable = false, updatable = false)
    long minimumEntryMinor;
    @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
    String currency;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;

    protected CapitalRuleEntity() {
    }

    CapitalRuleEntity(long cooperativeId, CapitalRule rule, LocalDateTime createdAt, String createdBy) {
        this.cooperativeId = cooperativeId;
        this.validFrom = rule.validFrom();
        this.nominalMinor = rule.nominal().minorUnits();
        this.minimumEntryMinor = rule.minimumEntry().minorUnits();
        this.currency = rule.nominal().currency().getCurrencyCode();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    CapitalRule toRule() {
        return new CapitalRule(validFrom, Money.of(nominalMinor, currency), Money.of(minimumEntryMinor, currency));
    }
}
