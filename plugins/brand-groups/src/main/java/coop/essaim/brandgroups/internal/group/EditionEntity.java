package coop.essaim.brandgroups.internal.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table BG_EDITION: never updated once written (see the migration). */
@Entity(name = "BrandGroupEdition")
@Table(name = "BG_EDITION")
public class EditionEntity {

    @Id
    @SequenceGenerator(name = "BG_EDITION_SEQ", sequenceName = "BG_EDITION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "BG_EDITION_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "GROUP_ID", updatable = false)
    long groupId;
    @Column(name = "KIND", updatable = false)
    String kind;
    @Column(name = "VALID_FROM", updatable = false)
    LocalDate validFrom;
    @Column(name = "DECIDED_ON", updatable = false)
    LocalDate decidedOn;
    @Column(name = "DECIDED_BY", updatable = false)
    String decidedBy;
    @Column(name = "CURRENCY", updatable = false)
    String currency;
    @Column(name = "CREATED_AT", updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", updatable = false)
    String createdBy;

    protected EditionEntity() {
    }
}
