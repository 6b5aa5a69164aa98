package coop.essaim.invoicing.internal.customer;

import coop.essaim.api.people.Address;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.CustomerDetails;
import coop.essaim.invoicing.api.CustomerKind;
import coop.essaim.invoicing.internal.Audit;
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

import java.time.Instant;
import java.time.LocalDateTime;

/** Table INV_CUSTOMER: a customer of one activity. */
@Entity(name = "InvoicingCustomer")
@Table(name = "INV_CUSTOMER")
public class CustomerEntity {

    @Id
    @SequenceGenerator(name = "INV_CUSTOMER_SEQ", sequenceName = "INV_CUSTOMER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_CUSTOMER_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "ACTIVITY_ID", nullable = false, updatable = false)
    private long activityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 10)
    private CustomerKind kind;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

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

    @Column(name = "VAT_NUMBER", length = 20)
    private String vatNumber;

    @Column(name = "REGISTRATION_NUMBER", length = 40)
    private String registrationNumber;

    @Column(name = "PAYMENT_DAYS")
    private Integer paymentDays;

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

    protected CustomerEntity() {
        // for JPA
    }

    CustomerEntity(long cooperativeId, long activityId, CustomerDetails details, String login, Instant now) {
        this.cooperativeId = cooperativeId;
        this.activityId = activityId;
        this.createdAt = Audit.column(now);
        this.createdBy = login;
        change(details, login, now);
    }

    final void change(CustomerDetails d, String login, Instant now) {
        this.kind = d.kind();
        this.name = d.name();
        this.email = d.email();
        this.street = d.address().street();
        this.postalCode = d.address().postalCode();
        this.city = d.address().city();
        this.country = d.address().country();
        this.vatNumber = d.vatNumber();
        this.registrationNumber = d.registrationNumber();
        this.paymentDays = d.paymentDays();
        this.updatedAt = Audit.column(now);
        this.updatedBy = login;
    }

    public Long getId() {
        return id;
    }

    public long getCooperativeId() {
        return cooperativeId;
    }

    public long getActivityId() {
        return activityId;
    }

    public Customer toRecord() {
        return new Customer(id, activityId, new CustomerDetails(kind, name, email,
                new Address(street, postalCode, city, country), vatNumber, registrationNumber, paymentDays));
    }
}
