package coop.essaim.tradegroups.internal.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table TG_GRID: never updated once written (see the migration). */
@Entity(name = "TradeGrid")
@Table(name = "TG_GRID")
public class GridEntity {

    @Id
    @SequenceGenerator(name = "TG_GRID_SEQ", sequenceName = "TG_GRID_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_GRID_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "GROUP_ID", updatable = false)
    long groupId;
    @Column(name = "TRADE", updatable = false)
    String trade;
    @Column(name = "UNIT", updatable = false)
    String unit;
    @Column(name = "VALID_FROM", updatable = false)
    LocalDate validFrom;
    @Column(name = "PUBLISHED_ON", updatable = false)
    LocalDate publishedOn;
    @Column(name = "PUBLISHED_BY", updatable = false)
    String publishedBy;
    @Column(name = "CURRENCY", updatable = false)
    String currency;
    @Column(name = "CREATED_AT", updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", updatable = false)
    String createdBy;

    protected GridEntity() {
    }
}
