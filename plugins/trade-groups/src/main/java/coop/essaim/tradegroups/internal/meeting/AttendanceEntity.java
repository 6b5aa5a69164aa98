package coop.essaim.tradegroups.internal.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Table TG_ATTENDANCE: never updated once written (see the migration). */
@Entity(name = "TradeGroupAttendance")
@Table(name = "TG_ATTENDANCE")
public class AttendanceEntity {

    @Id
    @SequenceGenerator(name = "TG_ATTENDANCE_SEQ", sequenceName = "TG_ATTENDANCE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TG_ATTENDANCE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "MEETING_ID", updatable = false)
    long meetingId;
    @Column(name = "PERSON_ID", updatable = false)
    long personId;
    @Column(name = "PRESENT", updatable = false)
    boolean present;

    protected AttendanceEntity() {
    }
}
