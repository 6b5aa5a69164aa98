package coop.essaim.kernel.people;

import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.kernel.cooperative.Timestamps;
import coop.essaim.kernel.persistence.AuditStamp;
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
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Table PERSON: a person file. CURRENT_STATUS/STATUS_SINCE and REFERENT_USER_ID repeat the latest row of the
 * path and referent histories (PATH_ENTRY, PERSON_REFERENT), which stay the reference; SORT_NAME is the
 * accent-free key lists sort and search by.
 */
@Entity(name = "Person")
@Table(name = "PERSON")
public class PersonEntity {

    @Id
    @SequenceGenerator(name = "PERSON_SEQ", sequenceName = "PERSON_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PERSON_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "PERSON_KIND", nullable = false, length = 30)
    private PersonKind kind;

    @Column(name = "GIVEN_NAME", length = 100)
    private String givenName;

    @Column(name = "FAMILY_NAME", length = 100)
    private String familyName;

    @Column(name = "ORGANISATION", length = 200)
    private String organisation;

    @Column(name = "LEGAL_ENTITY", nullable = false)
    private boolean legalEntity;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "PHONE", length = 40)
    private String phone;

    @Embedded
    private AddressColumns address;

    @Column(name = "BIRTH_DATE")
    private LocalDate birthDate;

    @Column(name = "ESTABLISHMENT_ID", nullable = false)
    private long establishmentId;

    @Column(name = "USER_ID")
    private Long userId;

    @Column(name = "REFERENT_USER_ID")
    private Long referentUserId;

    @Column(name = "CURRENT_STATUS", length = 40)
    private String currentStatus;

    @Column(name = "STATUS_SINCE")
    private LocalDate statusSince;

    @Column(name = "SORT_NAME", nullable = false, length = 400)
    private String sortName;

    @Column(name = "ANONYMISED_AT")
    private LocalDateTime anonymisedAt;

    @Embedded
    private AuditStamp stamp;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    protected PersonEntity() {
        // for JPA
    }

    public PersonEntity(long cooperativeId, PersonDetails d, Instant now, String by) {
        this.cooperativeId = cooperativeId;
        this.stamp = AuditStamp.created(now, by);
        apply(d);
    }

    /** Replaces the editable details; the path, the referent and the audit creation stay. */
    public void change(PersonDetails d, Instant now, String by) {
        apply(d);
        this.stamp = stamp.touched(now, by);
    }

    private void apply(PersonDetails d) {
        this.kind = d.kind();
        this.givenName = PeopleText.clean(d.givenName());
        this.familyName = PeopleText.clean(d.familyName());
        this.organisation = PeopleText.clean(d.organisation());
        this.legalEntity = d.legalEntity();
        this.email = PeopleText.clean(d.email());
        this.phone = PeopleText.clean(d.phone());
        this.address = AddressColumns.of(d.address());
        this.birthDate = d.birthDate();
        this.establishmentId = d.establishmentId();
        this.userId = d.userId();
        String key = PeopleText.key(String.join(" ", nz(familyName), nz(givenName), nz(organisation)).strip());
        this.sortName = key.length() > 400 ? key.substring(0, 400) : key;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * Forgets who the person was: the name becomes a neutral mark with the file's number, contact, address,
     * birth date and login link go; kind, site, trades and the path's statuses stay for the figures.
     */
    public void anonymise(Instant now, String by) {
        this.givenName = null;
        this.familyName = "#" + id;
        this.organisation = null;
        this.legalEntity = false;
        this.email = null;
        this.phone = null;
        this.address = AddressColumns.of(null);
        this.birthDate = null;
        this.userId = null;
        this.sortName = "#" + id;
        this.anonymisedAt = Timestamps.toColumn(now);
        this.stamp = stamp.touched(now, by);
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public void pathChanged(String status, LocalDate since, Instant now, String by) {
        this.currentStatus = status;
        this.statusSince = since;
        this.stamp = stamp.touched(now, by);
    }

    public void referentChanged(Long adviserUserId, Instant now, String by) {
        this.referentUserId = adviserUserId;
        this.stamp = stamp.touched(now, by);
    }

    public PersonDetails details(List<String> trades) {
        return new PersonDetails(kind, givenName, familyName, organisation, legalEntity, email, phone,
                AddressColumns.read(address), birthDate, establishmentId, trades, userId);
    }

    public Long getId() {
        return id;
    }

    public long getCooperativeId() {
        return cooperativeId;
    }

    public PersonKind getKind() {
        return kind;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getReferentUserId() {
        return referentUserId;
    }

    public String getCurrentStatus() {
        return currentStatus;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public Instant getCreatedAt() {
        return stamp.createdAt();
    }
}
