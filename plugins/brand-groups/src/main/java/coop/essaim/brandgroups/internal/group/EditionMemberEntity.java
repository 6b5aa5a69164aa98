package coop.essaim.brandgroups.internal.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** Table BG_EDITION_MEMBER: never updated once written (see the migration). */
@Entity(name = "BrandGroupEditionMember")
@Table(name = "BG_EDITION_MEMBER")
public class EditionMemberEntity {

    @Id
    @SequenceGenerator(name = "BG_EDITION_MEMBER_SEQ", sequenceName = "BG_EDITION_MEMBER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "BG_EDITION_MEMBER_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "EDITION_ID", updatable = false)
    long editionId;
    @Column(name = "PERSON_ID", updatable = false)
    long personId;
    @Column(name = "PERCENT_SHARE", updatable = false)
    BigDecimal percent;
    @Column(name = "FIXED_MINOR", updatable = false)
    Long fixed;

    protected EditionMemberEntity() {
    }
}
