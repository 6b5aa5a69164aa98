package coop.essaim.governance.internal.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;

/** Table GOV_MEETING_PRESENCE: whether a member in mandate on the meeting's day was there (absent until noted). */
@Entity(name = "GovernanceMeetingPresence")
@Table(name = "GOV_MEETING_PRESENCE")
public class MeetingPresenceEntity {

    @Id
    @SequenceGenerator(name = "GOV_MEETING_PRESENCE_SEQ", sequenceName = "GOV_MEETING_PRESENCE_SEQ",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_MEETING_PRESENCE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "MEETING_ID", nullable = false, updatable = false)
    long meetingId;
    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    long personId;
    @Column(name = "PRESENT", nullable = false)
    boolean present;
    @Column(name = "RECORDED_AT", nullable = false)
    LocalDateTime recordedAt;
    @Column(name = "RECORDED_BY", nullable = false, length = 40)
    String recordedBy;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    int rowVersion;

    protected MeetingPresenceEntity() {
    }

    /** Through a method of the entity, so the woven change tracking sees it. */
    void mark(boolean there, LocalDateTime at, String by) {
        present = there;
        recordedAt = at;
        recordedBy = by;
    }
}
