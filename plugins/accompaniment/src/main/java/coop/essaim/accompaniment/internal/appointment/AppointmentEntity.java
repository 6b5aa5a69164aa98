package coop.essaim.accompaniment.internal.appointment;

import coop.essaim.accompaniment.api.AppointmentDraft;
import coop.essaim.accompaniment.api.Attendance;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;

/** Table ACC_APPOINTMENT: one appointment; its advisers are {@link AppointmentAdviserEntity} rows. */
@Entity(name = "AccompanimentAppointment")
@Table(name = "ACC_APPOINTMENT")
public class AppointmentEntity {

    @Id
    @SequenceGenerator(name = "ACC_APPOINTMENT_SEQ", sequenceName = "ACC_APPOINTMENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ACC_APPOINTMENT_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    long personId;
    @Column(name = "START_AT", nullable = false)
    LocalDateTime startAt;
    @Column(name = "DURATION_MINUTES", nullable = false)
    int durationMinutes;
    @Column(name = "MODE", nullable = false, length = 10)
    String mode;
    @Column(name = "ESTABLISHMENT_ID")
    Long establishmentId;
    /** One topic a line. */
    @Column(name = "TOPICS", length = 1000)
    String topics;
    @Column(name = "PRIVATE_NOTES", length = 4000)
    String privateNotes;
    @Column(name = "SHARED_NOTES", length = 4000)
    String sharedNotes;
    @Column(name = "NEXT_STEPS", length = 2000)
    String nextSteps;
    @Column(name = "ATTENDANCE", nullable = false, length = 10)
    String attendance;
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

    protected AppointmentEntity() {
    }

    AppointmentEntity(long cooperativeId, long personId, LocalDateTime now, String login) {
        this.cooperativeId = cooperativeId;
        this.personId = personId;
        this.attendance = Attendance.EXPECTED.name();
        this.createdAt = now;
        this.createdBy = login;
        this.updatedAt = now;
        this.updatedBy = login;
    }

    // changes go through these methods: the woven entity tracks what its own methods set, not what other
    // classes write into its fields

    void plan(AppointmentDraft d) {
        startAt = d.start();
        durationMinutes = d.durationMinutes();
        mode = d.mode().name();
        establishmentId = d.establishmentId();
        topics = d.topics().isEmpty() ? null : String.join("\n", d.topics());
        privateNotes = d.privateNotes();
        sharedNotes = d.sharedNotes();
        nextSteps = d.nextSteps();
    }

    void attend(Attendance value) {
        attendance = value.name();
    }

    void touched(LocalDateTime now, String login) {
        updatedAt = now;
        updatedBy = login;
    }
}
