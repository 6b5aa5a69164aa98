package coop.essaim.governance.internal.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table GOV_MEETING: a meeting of a body, never changed once recorded. */
@Entity(name = "GovernanceMeeting")
@Table(name = "GOV_MEETING")
public class MeetingEntity {

    @Id
    @SequenceGenerator(name = "GOV_MEETING_SEQ", sequenceName = "GOV_MEETING_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_MEETING_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "BODY_ID", nullable = false, updatable = false)
    long bodyId;
    @Column(name = "HELD_ON", nullable = false, updatable = false)
    LocalDate heldOn;
    @Column(name = "PLACE", nullable = false, updatable = false, length = 200)
    String place;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;

    protected MeetingEntity() {
    }
}
