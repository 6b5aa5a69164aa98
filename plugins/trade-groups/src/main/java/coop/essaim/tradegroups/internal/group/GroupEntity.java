package coop.essaim.tradegroups.internal.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** Table TG_GROUP: never updated once written (see the migration). */
@Entity(name = "TradeGroup")
@Table(name = "TG_GROUP")
public class GroupEntity {

    @Id
    @SequenceGenerator(name = "TG_GROUP_SEQ", sequenceName = "TG_GROUP_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_GROUP_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "NAME", updatable = false)
    String name;
    @Column(name = "TRADE", updatable = false)
    String trade;
    @Column(name = "CREATED_AT", updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", updatable = false)
    String createdBy;

    protected GroupEntity() {
    }
}
