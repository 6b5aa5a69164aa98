package coop.essaim.invoicing.internal.purchase;

import coop.essaim.api.people.Address;
import coop.essaim.invoicing.api.Supplier;
import coop.essaim.invoicing.api.SupplierDetails;
import coop.essaim.invoicing.internal.Audit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDateTime;

/** Table INV_SUPPLIER: a supplier of one activity. */
@Entity(name = "InvoicingSupplier")
@Table(name = "INV_SUPPLIER")
public class SupplierEntity {

    @Id
    @SequenceGenerator(name = "INV_SUPPLIER_SEQ", sequenceName = "INV_SUPPLIER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_SUPPLIER_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "ACTIVITY_ID", nullable = false, updatable = false)
    private long activityId;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "REGISTRATION_NUMBER", length = 40)
    private String registrationNumber;

    @Column(name = "VAT_NUMBER", length = 20)
    private String vatNumber;

    @Column(name = "IBAN", length = 34)
    private String iban;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "STREET", length = 200)
    private String street;

    @Column(name = "POSTAL_CODE", length = 20)
    private String postalCode;

    @Column(name = "CITY", length = 100)
    private String city;

    @Column(name = "COUNTRY", length = 2)
    private String country;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    private String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "UPDATED_BY", nullable = false, length = 40)
    private String updatedBy;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    protected SupplierEntity() {
        // for JPA
    }

    SupplierEntity(long cooperativeId, long activityId, SupplierDetails details, String login, Instant now) {
        this.cooperativeId = cooperativeId;
        this.activityId = activityId;
        this.createdAt = Audit.column(now);
        this.createdBy = login;
        change(details, login, now);
    }

    final void change(SupplierDetails d, String login, Instant now) {
        this.name = d.name();
        this.registrationNumber = d.registrationNumber();
        this.vatNumber = d.vatNumber();
        this.iban = d.iban();
        this.email = d.email();
        this.street = d.address().street();
        this.postalCode = d.address().postalCode();
        this.city = d.address().city();
        this.country = d.address().country();
        this.updatedAt = Audit.column(now);
        this.updatedBy = login;
    }

    Long getId() {
        return id;
    }

    long getCooperativeId() {
        return cooperativeId;
    }

    long getActivityId() {
        return activityId;
    }

    String getName() {
        return name;
    }

    Supplier toRecord() {
        return new Supplier(id, activityId, new SupplierDetails(name, registrationNumber, vatNumber, iban, email,
                new Address(street, postalCode, city, country)));
    }
}
