package coop.essaim.kernel.people;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.EmploymentTerms;
import coop.essaim.api.people.EmploymentTermsVersion;
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
import java.time.Instant;
import java.time.LocalDate;

/** Table EMPLOYMENT_TERMS: one version of a member's employment terms. Append-only. */
@Entity(name = "EmploymentTerms")
@Table(name = "EMPLOYMENT_TERMS")
public class EmploymentTermsEntity {

    @Id
    @SequenceGenerator(name = "EMPLOYMENT_TERMS_SEQ", sequenceName = "EMPLOYMENT_TERMS_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "EMPLOYMENT_TERMS_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    private long personId;

    @Column(name = "CONTRACT_KIND", nullable = false, updatable = false, length = 40)
    private String contractKind;

    @Column(name = "VALID_FROM", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "HOURS", nullable = false, updatable = false, precision = 7, scale = 2)
    private BigDecimal hours;

    @Enumerated(EnumType.STRING)
    @Column(name = "HOURS_PER", nullable = false, updatable = false, length = 10)
    private EmploymentTerms.Per per;

    @Column(name = "HOURLY_COST_MINOR", nullable = false, updatable = false)
    private long hourlyCostMinor;

    @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "DETAILS", updatable = false, length = 2000)
    private String details;

    @Embedded
    private CreationStamp created;

    protected EmploymentTermsEntity() {
        // for JPA
    }

    /** {@code terms} already checked. */
    public EmploymentTermsEntity(long cooperativeId, long personId, String contractKind, EmploymentTerms terms,
                                 Instant now, String by) {
        this.cooperativeId = cooperativeId;
        this.personId = personId;
        this.contractKind = contractKind;
        this.validFrom = terms.validFrom();
        this.hours = terms.hours();
        this.per = terms.per();
        this.hourlyCostMinor = terms.loadedHourlyCost().minorUnits();
        this.currency = terms.loadedHourlyCost().currency().getCurrencyCode();
        this.details = PeopleText.clean(terms.details());
        this.created = new CreationStamp(now, by);
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public EmploymentTermsVersion toRecord() {
        return new EmploymentTermsVersion(id, personId, contractKind, new EmploymentTerms(validFrom, hours, per,
                Money.of(hourlyCostMinor, currency.trim()), details), created.at(), created.by());
    }
}
