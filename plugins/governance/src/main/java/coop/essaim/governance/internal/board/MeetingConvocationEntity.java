package coop.essaim.governance.internal.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** Table GOV_MEETING_CONVOCATION: one sending of a meeting's convocation; rows are only added. */
@Entity(name = "GovernanceMeetingConvocation")
@Table(name = "GOV_MEETING_CONVOCATION")
public class MeetingConvocationEntity {

    @Id
    @SequenceGenerator(name = "GOV_MEETING_CONVOCATION_SEQ", sequenceName = "GOV_MEETING_CONVOCATION_SEQ",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_MEETING_CONVOCATION_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "MEETING_ID", nullable = false, updatable = false)
    long meetingId;
    @Column(name = "SENT_AT", nullable = false, updatable = false)
    LocalDateTime sentAt;
    @Column(name = "SENT_BY", nullable = false, updatable = false, length = 40)
    String sentBy;
    @Column(name = "RESEND", nullable = false, updatable = false)
    boolean resend;

    protected MeetingConvocationEntity() {
    }

    MeetingConvocationEntity(long cooperativeId, long meetingId, LocalDateTime sentAt, String sentBy,
                             boolean resend) {
        this.cooperativeId = cooperativeId;
        this.meetingId = meetingId;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
        this.resend = resend;
    }
}
