package coop.essaim.invoicing.internal.catalogue;

import coop.essaim.api.money.Money;
import coop.essaim.invoicing.api.CatalogueItem;
import coop.essaim.invoicing.api.CatalogueItemDetails;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.internal.Audit;
import coop.essaim.invoicing.internal.row.ActivityRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;

/** Table INV_CATALOGUE_ITEM: a product or service of one activity's catalogue. */
@Entity(name = "InvoicingCatalogueItem")
@Table(name = "INV_CATALOGUE_ITEM")
public class CatalogueItemEntity extends ActivityRow {

    @Id
    @SequenceGenerator(name = "INV_CATALOGUE_ITEM_SEQ", sequenceName = "INV_CATALOGUE_ITEM_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_CATALOGUE_ITEM_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "DESCRIPTION", length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 10)
    private LineKind kind;

    @Column(name = "UNIT_CODE", nullable = false, length = 3)
    private String unitCode;

    @Column(name = "UNIT_PRICE_MINOR", nullable = false)
    private long unitPriceMinor;

    @Column(name = "CURRENCY", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "VAT_CODE", nullable = false, length = 30)
    private String vatCode;

    @Column(name = "REFERENCE", length = 40)
    private String reference;

    @Column(name = "ARCHIVED", nullable = false)
    private boolean archived;

    @Column(name = "ARCHIVED_AT")
    private LocalDateTime archivedAt;

    @Column(name = "ARCHIVED_BY", length = 40)
    private String archivedBy;

    protected CatalogueItemEntity() {
        // for JPA
    }

    CatalogueItemEntity(long cooperativeId, long activityId, CatalogueItemDetails details, String login,
                        Instant now) {
        super(cooperativeId, activityId, login, now);
        this.currency = details.unitPrice().currency().getCurrencyCode();
        change(details, login, now);
    }

    final void change(CatalogueItemDetails d, String login, Instant now) {
        this.name = d.name();
        this.description = d.description();
        this.kind = d.kind();
        this.unitCode = d.unitCode();
        this.unitPriceMinor = d.unitPrice().minorUnits();
        this.vatCode = d.vatCode();
        this.reference = d.reference();
        touch(login, now);
    }

    void archive(String login, Instant now) {
        archived = true;
        archivedAt = Audit.column(now);
        archivedBy = login;
    }

    Long getId() {
        return id;
    }

    boolean isArchived() {
        return archived;
    }

    CatalogueItem toRecord() {
        return new CatalogueItem(id, getActivityId(), new CatalogueItemDetails(name, description, kind, unitCode,
                Money.of(unitPriceMinor, currency), vatCode, reference), archived);
    }
}
