package coop.essaim.kernel.cooperative;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.NewCooperative;
import coop.essaim.kernel.persistence.AuditStamp;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** Table COOPERATIVE: the tenant. Its id is the COOPERATIVE_ID of every other record. */
@Entity(name = "Cooperative")
@Table(name = "COOPERATIVE")
public class CooperativeEntity {

    @Id
    @SequenceGenerator(name = "COOPERATIVE_SEQ", sequenceName = "COOPERATIVE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COOPERATIVE_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "LEGAL_NAME", nullable = false, length = 200)
    private String legalName;

    @Column(name = "SHORT_NAME", nullable = false, length = 60)
    private String shortName;

    @Column(name = "LEGAL_FORM", nullable = false, length = 20)
    private String legalForm;

    @Column(name = "COUNTRY", nullable = false, length = 2)
    private String country;

    @Column(name = "CURRENCY", nullable = false, length = 3)
    private String currency;

    @Column(name = "FISCAL_YEAR_START_MONTH", nullable = false)
    private int fiscalYearStartMonth;

    @Column(name = "DEFAULT_LOCALE", nullable = false, length = 10)
    private String defaultLocale;

    @Embedded
    private AuditStamp stamp;

    protected CooperativeEntity() {
        // for JPA
    }

    /** {@code values} must have been validated ({@link CooperativeRules}). */
    public CooperativeEntity(NewCooperative values, Instant now, String createdBy) {
        this.legalName = values.legalName().strip();
        this.shortName = values.shortName().strip();
        this.legalForm = values.legalForm();
        this.country = values.country();
        this.currency = values.currency();
        this.fiscalYearStartMonth = values.fiscalYearStartMonth();
        this.defaultLocale = values.defaultLocale();
        this.stamp = AuditStamp.created(now, createdBy);
    }

    public Long getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getDefaultLocale() {
        return defaultLocale;
    }

    public Cooperative toRecord() {
        return new Cooperative(id, legalName, shortName, legalForm, country, currency, fiscalYearStartMonth,
                defaultLocale, stamp.createdAt());
    }
}
