package coop.essaim.governance.internal.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** Table GOV_MEETING_ITEM: an item of a meeting's agenda, in its place. */
@Entity(name = "GovernanceMeetingItem")
@Table(name = "GOV_MEETING_ITEM")
public class MeetingItemEntity {

    @Id
    @SequenceGenerator(name = "GOV_MEETING_ITEM_SEQ", sequenceName = "GOV_MEETING_ITEM_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_MEETING_ITEM_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "MEETING_ID", nullable = false, updatable = false)
    long meetingId;
    @Column(name = "POSITION", nullable = false, updatable = false)
    int position;
    @Column(name = "TITLE", nullable = false, updatable = false, length = 500)
    String title;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;

    protected MeetingItemEntity() {
    }
}
