package coop.essaim.accompaniment.internal.workshop;

import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.accompaniment.api.SignUpStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;

/** Table ACC_WORKSHOP_SIGNUP: a person's sign-up to a session, one row per person and session. */
@Entity(name = "AccompanimentWorkshopSignUp")
@Table(name = "ACC_WORKSHOP_SIGNUP")
public class SignUpEntity {

    @Id
    @SequenceGenerator(name = "ACC_WORKSHOP_SIGNUP_SEQ", sequenceName = "ACC_WORKSHOP_SIGNUP_SEQ",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ACC_WORKSHOP_SIGNUP_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "SESSION_ID", nullable = false, updatable = false)
    long sessionId;
    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    long personId;
    @Column(name = "STATUS", nullable = false, length = 10)
    String status;
    @Column(name = "ATTENDANCE", nullable = false, length = 10)
    String attendance;
    @Column(name = "QUEUE_NUMBER", nullable = false)
    int queueNumber;
    @Column(name = "BY_ADVISER", nullable = false)
    boolean byAdviser;
    @Column(name = "REMINDED_AT")
    LocalDateTime remindedAt;
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    LocalDateTime createdAt;
    @Column(name = "CREATED_BY", nullable = false, updatable = false, length = 40)
    String createdBy;
    @Column(name = "UPDATED_AT", nullable = false)
    LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY", nullable = false, length = 40)
    String updatedBy;
    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    int rowVersion;

    protected SignUpEntity() {
    }

    SignUpEntity(long cooperativeId, long sessionId, long personId, LocalDateTime now, String login) {
        this.cooperativeId = cooperativeId;
        this.sessionId = sessionId;
        this.personId = personId;
        this.attendance = Attendance.EXPECTED.name();
        this.createdAt = now;
        this.createdBy = login;
        this.updatedAt = now;
        this.updatedBy = login;
    }

    /** (Re)joins the queue: a cancelled row is reused with a new place and a fresh attendance. */
    void queue(SignUpStatus value, int number, boolean adviser) {
        status = value.name();
        queueNumber = number;
        byAdviser = adviser;
        attendance = Attendance.EXPECTED.name();
        remindedAt = null;
    }

    void status(SignUpStatus value) {
        status = value.name();
    }

    void attend(Attendance value) {
        attendance = value.name();
    }

    void touched(LocalDateTime now, String login) {
        updatedAt = now;
        updatedBy = login;
    }

    SignUpStatus statusValue() {
        return SignUpStatus.valueOf(status);
    }
}
