package coop.essaim.governance.internal.split;

import coop.essaim.api.money.Money;
import coop.essaim.governance.api.ParticipationKey;
import coop.essaim.governance.api.ProfitSplit;
import coop.essaim.governance.api.SplitShare;
import coop.essaim.governance.api.SplitStatus;
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
import java.util.List;

/**
 * Table GOV_PROFIT_SPLIT: one fiscal year's split. Its amounts change only while it is a draft or proposed; once
 * adopted only its status and entry move on.
 */
@Entity(name = "GovernanceProfitSplit")
@Table(name = "GOV_PROFIT_SPLIT")
public class ProfitSplitEntity {

    @Id
    @SequenceGenerator(name = "GOV_PROFIT_SPLIT_SEQ", sequenceName = "GOV_PROFIT_SPLIT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_PROFIT_SPLIT_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "FISCAL_YEAR", nullable = false, updatable = false)
    int fiscalYear;
    @Column(name = "YEAR_START", nullable = false, updatable = false)
    LocalDate yearStart;
    @Column(name = "YEAR_END", nullable = false, updatable = false)
    LocalDate yearEnd;
    @Column(name = "SCHEME_ID", nullable = false)
    long schemeId;
    @Enumerated(EnumType.STRING)
    @Column(name = "PARTICIPATION_KEY", nullable = false, length = 10)
    ParticipationKey key;
    @Column(name = "CURRENCY", nullable = false, length = 3)
    String currency;
    @Column(name = "RESULT_MINOR", nullable = false)
    long result;
    @Column(name = "RESERVES_MINOR", nullable = false)
    long reserves;
    @Column(name = "LEGAL_RESERVE_MINOR", nullable = false)
    long legalReserve;
    @Column(name = "PARTICIPATION_MINOR", nullable = false)
    long participation;
    @Column(name = "DIVIDENDS_MINOR", nullable = false)
    long dividends;
    @Column(name = "OTHER_MINOR", nullable = false)
    long other;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    SplitStatus status;
    @Column(name = "ADOPTED_ON")
    LocalDate adoptedOn;
    @Column(name = "RESOLUTION_REF", length = 120)
    String resolutionRef;
    @Column(name = "ENTRY_ID")
    Long entryId;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    int rowVersion;

    protected ProfitSplitEntity() {
    }

    ProfitSplitEntity(long cooperativeId, int fiscalYear, LocalDate yearStart, LocalDate yearEnd,
                      LocalDateTime createdAt, String createdBy) {
        this.cooperativeId = cooperativeId;
        this.fiscalYear = fiscalYear;
        this.yearStart = yearStart;
        this.yearEnd = yearEnd;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.status = SplitStatus.DRAFT;
    }

    void figures(long scheme, ParticipationKey participationKey, Money total, SplitRules.Amounts a) {
        this.schemeId = scheme;
        this.key = participationKey;
        this.currency = total.currency().getCurrencyCode();
        this.result = total.minorUnits();
        this.reserves = a.reserves().minorUnits();
        this.legalReserve = a.legalReserve().minorUnits();
        this.participation = a.participation().minorUnits();
        this.dividends = a.dividends().minorUnits();
        this.other = a.other().minorUnits();
        this.status = SplitStatus.DRAFT;
    }

    void status(SplitStatus next) {
        this.status = next;
    }

    void adopted(LocalDate on, String reference) {
        this.status = SplitStatus.ADOPTED;
        this.adoptedOn = on;
        this.resolutionRef = reference;
    }

    void posted(long entry) {
        this.status = SplitStatus.POSTED;
        this.entryId = entry;
    }

    SplitStatus status() {
        return status;
    }

    LocalDate yearEnd() {
        return yearEnd;
    }

    ProfitSplit toSplit(String schemeName, List<SplitShare> shares) {
        return new ProfitSplit(id, fiscalYear, yearStart, yearEnd, schemeId, schemeName, key, m(result),
                m(reserves), m(legalReserve), m(participation), m(dividends), m(other), status, adoptedOn,
                resolutionRef, entryId, shares);
    }

    private Money m(long minor) {
        return Money.of(minor, currency);
    }
}
