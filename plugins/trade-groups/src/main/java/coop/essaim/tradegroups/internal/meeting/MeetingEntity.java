package coop.essaim.tradegroups.internal.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Table TG_MEETING: only NOTES is written later, once, by the report of a planned meeting. */
@Entity(name = "TradeGroupMeeting")
@Table(name = "TG_MEETING")
public class MeetingEntity {

    @Id
    @SequenceGenerator(name = "TG_MEETING_SEQ", sequenceName = "TG_MEETING_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_MEETING_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "GROUP_ID", updatable = false)
    long groupId;
    @Column(name = "MEETING_DATE", updatable = false)
    LocalDate date;
    @Column(name = "THEME", updatable = false)
    String theme;
    @Column(name = "PRESENTER_PERSON_ID", updatable = false)
    Long presenterId;
    @Column(name = "NOTES")
    String notes;
    @Column(name = "CREATED_AT", updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", updatable = false)
    String createdBy;

    protected MeetingEntity() {
    }

    /** The notes of a planned meeting's report, set inside the entity so the woven change tracking sees it. */
    void report(String text) {
        this.notes = text;
    }
}
