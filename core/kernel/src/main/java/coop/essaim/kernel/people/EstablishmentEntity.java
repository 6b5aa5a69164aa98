package coop.essaim.kernel.people;

import coop.essaim.api.people.Address;
import coop.essaim.api.people.Establishment;
import coop.essaim.kernel.persistence.AuditStamp;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Table ESTABLISHMENT: a site of a cooperative. */
@Entity(name = "Establishment")
@Table(name = "ESTABLISHMENT")
public class EstablishmentEntity {

    @Id
    @SequenceGenerator(name = "ESTABLISHMENT_SEQ", sequenceName = "ESTABLISHMENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ESTABLISHMENT_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "SITE_NAME", nullable = false, length = 120)
    private String name;

    @Embedded
    private AddressColumns address;

    @Embedded
    private AuditStamp stamp;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    protected EstablishmentEntity() {
        // for JPA
    }

    public EstablishmentEntity(long cooperativeId, String name, Address address, Instant now, String by) {
        this.cooperativeId = cooperativeId;
        this.name = name;
        this.address = AddressColumns.of(address);
        this.stamp = AuditStamp.created(now, by);
    }

    public Long getId() {
        return id;
    }

    public long getCooperativeId() {
        return cooperativeId;
    }

    public String getName() {
        return name;
    }

    public void change(String newName, Address newAddress, Instant now, String by) {
        this.name = newName;
        this.address = AddressColumns.of(newAddress);
        this.stamp = stamp.touched(now, by);
    }

    public Establishment toRecord() {
        return new Establishment(id, cooperativeId, name, AddressColumns.read(address), stamp.createdAt());
    }
}
