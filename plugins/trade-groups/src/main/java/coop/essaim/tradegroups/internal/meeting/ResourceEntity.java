package coop.essaim.tradegroups.internal.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Table TG_RESOURCE: never updated once written (see the migration). */
@Entity(name = "TradeGroupResource")
@Table(name = "TG_RESOURCE")
public class ResourceEntity {

    @Id
    @SequenceGenerator(name = "TG_RESOURCE_SEQ", sequenceName = "TG_RESOURCE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_RESOURCE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "MEETING_ID", updatable = false)
    long meetingId;
    @Column(name = "LINE_NO", updatable = false)
    int lineNo;
    @Column(name = "TITLE", updatable = false)
    String title;
    @Column(name = "URL", updatable = false)
    String url;

    protected ResourceEntity() {
    }
}
