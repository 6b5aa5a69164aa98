package coop.essaim.kernel.cooperative;

import coop.essaim.api.cooperative.CooperativeIdentity;
import coop.essaim.api.people.Address;
import coop.essaim.kernel.persistence.AuditStamp;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Table COOPERATIVE_IDENTITY: one row per cooperative, created the first time its identity is filled in. */
@Entity(name = "CooperativeIdentity")
@Table(name = "COOPERATIVE_IDENTITY")
public class CooperativeIdentityEntity {

    @Id
    @Column(name = "COOPERATIVE_ID")
    private Long cooperativeId;

    @Column(name = "REGISTRATION_NUMBER", length = 40)
    private String registrationNumber;

    @Column(name = "REGISTRATION_OFFICE", length = 80)
    private String registrationOffice;

    @Column(name = "VAT_NUMBER", length = 20)
    private String vatNumber;

    @Column(name = "STREET", length = 200)
    private String street;

    @Column(name = "POSTAL_CODE", length = 20)
    private String postalCode;

    @Column(name = "CITY", length = 120)
    private String city;

    @Column(name = "COUNTRY", length = 2)
    private String country;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "PHONE", length = 40)
    private String phone;

    @Column(name = "WEBSITE", length = 200)
    private String website;

    @Embedded
    private AuditStamp stamp;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    protected CooperativeIdentityEntity() {
        // for JPA
    }

    public CooperativeIdentityEntity(long cooperativeId, Instant now, String by) {
        this.cooperativeId = cooperativeId;
        this.stamp = AuditStamp.created(now, by);
    }

    /** {@code identity} is already checked and cleaned. */
    public void change(CooperativeIdentity identity, Instant now, String by) {
        this.registrationNumber = identity.registrationNumber();
        this.registrationOffice = identity.registrationOffice();
        this.vatNumber = identity.vatNumber();
        Address a = identity.address();
        this.street = a.street();
        this.postalCode = a.postalCode();
        this.city = a.city();
        this.country = a.country();
        this.email = identity.email();
        this.phone = identity.phone();
        this.website = identity.website();
        this.stamp = stamp.touched(now, by);
    }

    public CooperativeIdentity toRecord() {
        return new CooperativeIdentity(registrationNumber, registrationOffice, vatNumber,
                new Address(street, postalCode, city, country), email, phone, website);
    }
}
