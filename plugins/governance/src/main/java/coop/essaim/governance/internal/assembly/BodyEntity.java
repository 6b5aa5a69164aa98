package coop.essaim.governance.internal.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** Table GOV_BODY: a body of the cooperative. */
@Entity(name = "GovernanceBody")
@Table(name = "GOV_BODY")
public class BodyEntity {

    @Id
    @SequenceGenerator(name = "GOV_BODY_SEQ", sequenceName = "GOV_BODY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_BODY_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "KIND", nullable = false, updatable = false, length = 12)
    String kind;
    @Column(name = "NAME", nullable = false, length = 200)
    String name;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;
    @Column(name = "RENAMED_AT")
    LocalDateTime renamedAt;
    @Column(name = "RENAMED_BY", length = 40)
    String renamedBy;

    protected BodyEntity() {
    }

    /** Through a method of the entity, so the woven change tracking sees it. */
    void rename(String newName, LocalDateTime at, String by) {
        name = newName;
        renamedAt = at;
        renamedBy = by;
    }
}
