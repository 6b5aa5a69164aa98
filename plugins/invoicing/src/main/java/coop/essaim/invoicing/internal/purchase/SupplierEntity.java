package coop.essaim.invoicing.internal.purchase;

import coop.essaim.invoicing.api.Supplier;
import coop.essaim.invoicing.api.SupplierDetails;
import coop.essaim.invoicing.internal.party.PartyIdentity;
import coop.essaim.invoicing.internal.row.ActivityRow;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** Table INV_SUPPLIER: a supplier of one activity. */
@Entity(name = "InvoicingSupplier")
@Table(name = "INV_SUPPLIER")
public class SupplierEntity extends ActivityRow {

    @Id
    @SequenceGenerator(name = "INV_SUPPLIER_SEQ", sequenceName = "INV_SUPPLIER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "INV_SUPPLIER_SEQ")
    @Column(name = "ID")
    private Long id;

    @Embedded
    private PartyIdentity party;

    @Column(name = "IBAN", length = 34)
    private String iban;

    protected SupplierEntity() {
        // for JPA
    }

    SupplierEntity(long cooperativeId, long activityId, SupplierDetails details, String login, Instant now) {
        super(cooperativeId, activityId, login, now);
        change(details, login, now);
    }

    final void change(SupplierDetails d, String login, Instant now) {
        this.party = new PartyIdentity(d.name(), d.email(), d.address(), d.vatNumber(), d.registrationNumber());
        this.iban = d.iban();
        touch(login, now);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return party.name();
    }

    Supplier toRecord() {
        return new Supplier(id, getActivityId(), new SupplierDetails(party.name(), party.registrationNumber(),
                party.vatNumber(), iban, party.email(), party.address()));
    }
}
