package coop.essaim.mutualtraining.internal.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Table MT_ATTENDANCE: one member at one session, present or not, and their evaluation. */
@Entity(name = "MutualTrainingAttendance")
@Table(name = "MT_ATTENDANCE")
public class AttendanceEntity {

    @Id
    @SequenceGenerator(name = "MT_ATTENDANCE_SEQ", sequenceName = "MT_ATTENDANCE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "MT_ATTENDANCE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "SESSION_ID", nullable = false, updatable = false)
    long sessionId;
    @Column(name = "MEMBER_USER_ID", nullable = false, updatable = false)
    long memberUserId;
    @Column(name = "MEMBER_NAME", nullable = false, updatable = false, length = 200)
    String memberName;
    @Column(name = "PRESENT", nullable = false, updatable = false)
    boolean present;
    @Column(name = "EVALUATION")
    Integer evaluation;
    @Column(name = "EVALUATION_COMMENT", length = 2000)
    String comment;

    protected AttendanceEntity() {
    }

    AttendanceEntity(long cooperativeId, long sessionId, long memberUserId, String memberName, boolean present) {
        this.cooperativeId = cooperativeId;
        this.sessionId = sessionId;
        this.memberUserId = memberUserId;
        this.memberName = memberName;
        this.present = present;
    }

    /** Through a method: the woven change tracking sees no field written from another class. */
    void evaluate(int rating, String text) {
        evaluation = rating;
        comment = text;
    }
}
