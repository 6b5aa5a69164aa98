package coop.essaim.governance.internal.split;

import coop.essaim.governance.api.SplitScheme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table GOV_SPLIT_SCHEME: a dated split scheme in hundredths of a percent, never changed once written. */
@Entity(name = "GovernanceSplitScheme")
@Table(name = "GOV_SPLIT_SCHEME")
public class SplitSchemeEntity {

    @Id
    @SequenceGenerator(name = "GOV_SPLIT_SCHEME_SEQ", sequenceName = "GOV_SPLIT_SCHEME_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_SPLIT_SCHEME_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "NAME", nullable = false, updatable = false, length = 120)
    String name;
    @Column(name = "VALID_FROM", nullable = false, updatable = false)
    LocalDate validFrom;
    @Column(name = "RESERVES_BP", nullable = false, updatable = false)
    int reserves;
    @Column(name = "PARTICIPATION_BP", nullable = false, updatable = false)
    int participation;
    @Column(name = "DIVIDENDS_BP", nullable = false, updatable = false)
    int dividends;
    @Column(name = "OTHER_BP", nullable = false, updatable = false)
    int other;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;

    protected SplitSchemeEntity() {
    }

    SplitSchemeEntity(long cooperativeId, SplitScheme s, LocalDateTime createdAt, String createdBy) {
        this.cooperativeId = cooperativeId;
        this.name = s.name().strip();
        this.validFrom = s.validFrom();
        this.reserves = SplitRules.scaled(s.reserves()).intValueExact();
        this.participation = SplitRules.scaled(s.participation()).intValueExact();
        this.dividends = SplitRules.scaled(s.dividends()).intValueExact();
        this.other = SplitRules.scaled(s.other()).intValueExact();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    SplitScheme toScheme() {
        return new SplitScheme(id, name, validFrom, SplitRules.unscaled(reserves),
                SplitRules.unscaled(participation), SplitRules.unscaled(dividends), SplitRules.unscaled(other));
    }
}
