package coop.essaim.tradegroups.internal.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Table TG_GRID_LINE: never updated once written (see the migration). */
@Entity(name = "TradeGridLine")
@Table(name = "TG_GRID_LINE")
public class GridLineEntity {

    @Id
    @SequenceGenerator(name = "TG_GRID_LINE_SEQ", sequenceName = "TG_GRID_LINE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_GRID_LINE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "GRID_ID", updatable = false)
    long gridId;
    @Column(name = "LINE_NO", updatable = false)
    int lineNo;
    @Column(name = "LABEL", updatable = false)
    String label;
    @Column(name = "MINIMUM_MINOR", updatable = false)
    long minimum;

    protected GridLineEntity() {
    }
}
