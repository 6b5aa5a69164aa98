package coop.essaim.tradegroups.internal.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table TG_MEMBERSHIP: only LEFT_ON is written after the row (see the migration). */
@Entity(name = "TradeGroupMembership")
@Table(name = "TG_MEMBERSHIP")
public class MembershipEntity {

    @Id
    @SequenceGenerator(name = "TG_MEMBERSHIP_SEQ", sequenceName = "TG_MEMBERSHIP_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_MEMBERSHIP_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "GROUP_ID", updatable = false)
    long groupId;
    @Column(name = "PERSON_ID", updatable = false)
    long personId;
    @Column(name = "MEMBER_NAME", updatable = false)
    String memberName;
    @Column(name = "JOINED_ON", updatable = false)
    LocalDate joinedOn;
    @Column(name = "LEFT_ON")
    LocalDate leftOn;
    @Column(name = "CREATED_AT", updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", updatable = false)
    String createdBy;

    protected MembershipEntity() {
    }

    /** Set inside the entity so the woven change tracking sees it. */
    void leave(LocalDate until) {
        this.leftOn = until;
    }
}
