package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.ContributionBase;
import coop.essaim.api.ledger.ContributionRate;
import coop.essaim.api.money.Money;
import coop.essaim.kernel.persistence.CreationStamp;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** Table CONTRIBUTION_RATE: one dated row of a cooperative's contribution parameters; rows are never changed. */
@Entity(name = "ContributionRate")
@Table(name = "CONTRIBUTION_RATE")
public class ContributionRateEntity {

    @Id
    @SequenceGenerator(name = "CONTRIBUTION_RATE_SEQ", sequenceName = "CONTRIBUTION_RATE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CONTRIBUTION_RATE_SEQ")
    @Column(name = "ID", updatable = false)
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "VALID_FROM", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "RATE", nullable = false, updatable = false, precision = 9, scale = 6)
    private BigDecimal rate;

    @Enumerated(EnumType.STRING)
    @Column(name = "CONTRIBUTION_BASE", nullable = false, updatable = false, length = 20)
    private ContributionBase base;

    @Column(name = "FEE_MINOR", updatable = false)
    private Long feeMinor;

    @Column(name = "FEE_CURRENCY", updatable = false, length = 3)
    private String feeCurrency;

    /** Null on rows written before schemes could be chosen: the core's rate. */
    @Column(name = "SCHEME_ID", updatable = false, length = 80)
    private String schemeId;

    @Embedded
    private CreationStamp created;

    protected ContributionRateEntity() {
        // for JPA
    }

    ContributionRateEntity(long cooperativeId, ContributionRate rate, CreationStamp created) {
        this.cooperativeId = cooperativeId;
        this.validFrom = rate.validFrom();
        this.rate = rate.rate();
        this.base = rate.base();
        this.feeMinor = rate.monthlyFee().map(Money::minorUnits).orElse(null);
        this.feeCurrency = rate.monthlyFee().map(m -> m.currency().getCurrencyCode()).orElse(null);
        this.schemeId = rate.schemeId();
        this.created = created;
    }

    ContributionRate toRate() {
        Optional<Money> fee = feeMinor == null ? Optional.empty() : Optional.of(Money.of(feeMinor, feeCurrency.strip()));
        // the column has scale 6: strip so that 0.100000 reads back as the 0.1 that was set
        return new ContributionRate(validFrom, rate.stripTrailingZeros(), base, fee, schemeId);
    }
}
