package coop.essaim.tradegroups.internal.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** Table TG_COORDINATOR: never updated once written (see the migration). */
@Entity(name = "TradeGroupCoordinator")
@Table(name = "TG_COORDINATOR")
public class CoordinatorEntity {

    @Id
    @SequenceGenerator(name = "TG_COORDINATOR_SEQ", sequenceName = "TG_COORDINATOR_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_COORDINATOR_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "GROUP_ID", updatable = false)
    long groupId;
    @Column(name = "PERSON_ID", updatable = false)
    long personId;
    @Column(name = "CREATED_AT", updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", updatable = false)
    String createdBy;

    protected CoordinatorEntity() {
    }
}
