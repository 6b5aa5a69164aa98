package coop.essaim.invoicing.internal.customer;

import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.CustomerDetails;
import coop.essaim.invoicing.api.CustomerKind;
import coop.essaim.invoicing.internal.party.PartyIdentity;
import coop.essaim.invoicing.internal.row.ActivityRow;
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

import java.time.Instant;

/** Table INV_CUSTOMER: a customer of one activity. */
@Entity(name = "InvoicingCustomer")
@Table(name = "INV_CUSTOMER")
public class CustomerEntity extends ActivityRow {

    @Id
    @SequenceGenerator(name = "INV_CUSTOMER_SEQ", sequenceName = "INV_CUSTOMER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_CUSTOMER_SEQ")
    @Column(name = "ID")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 10)
    private CustomerKind kind;

    @Embedded
    private PartyIdentity party;

    @Column(name = "PAYMENT_DAYS")
    private Integer paymentDays;

    protected CustomerEntity() {
        // for JPA
    }

    CustomerEntity(long cooperativeId, long activityId, CustomerDetails details, String login, Instant now) {
        super(cooperativeId, activityId, login, now);
        change(details, login, now);
    }

    final void change(CustomerDetails d, String login, Instant now) {
        this.kind = d.kind();
        this.party = new PartyIdentity(d.name(), d.email(), d.address(), d.vatNumber(), d.registrationNumber());
        this.paymentDays = d.paymentDays();
        touch(login, now);
    }

    public Long getId() {
        return id;
    }

    /** Who the customer is, as an invoice copies it at validation. */
    public PartyIdentity party() {
        return party;
    }

    public Customer toRecord() {
        return new Customer(id, getActivityId(), new CustomerDetails(kind, party.name(), party.email(),
                party.address(), party.vatNumber(), party.registrationNumber(), paymentDays));
    }
}
