package coop.essaim.accompaniment.internal.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;

/**
 * Table ACC_WORKSHOP_SESSION: a dated session. Every change of its sign-ups first locks this row, which is what
 * keeps the confirmed sign-ups within the capacity.
 */
@Entity(name = "AccompanimentWorkshopSession")
@Table(name = "ACC_WORKSHOP_SESSION")
public class SessionEntity {

    @Id
    @SequenceGenerator(name = "ACC_WORKSHOP_SESSION_SEQ", sequenceName = "ACC_WORKSHOP_SESSION_SEQ",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ACC_WORKSHOP_SESSION_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;
    @Column(name = "WORKSHOP_ID", nullable = false, updatable = false)
    long workshopId;
    @Column(name = "START_AT", nullable = false)
    LocalDateTime startAt;
    @Column(name = "DURATION_MINUTES", nullable = false)
    int durationMinutes;
    @Column(name = "CAPACITY", nullable = false)
    int capacity;
    @Column(name = "ONLINE", nullable = false)
    boolean online;
    @Column(name = "ESTABLISHMENT_ID")
    Long establishmentId;
    @Column(name = "AGENDA", length = 4000)
    String agenda;
    @Column(name = "MINUTES", length = 4000)
    String minutes;
    @Column(name = "REMINDER_USER_ID", nullable = false)
    long reminderUserId;
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

    protected SessionEntity() {
    }

    SessionEntity(long cooperativeId, long workshopId, long reminderUserId, LocalDateTime now, String login) {
        this.cooperativeId = cooperativeId;
        this.workshopId = workshopId;
        this.reminderUserId = reminderUserId;
        this.createdAt = now;
        this.createdBy = login;
        this.updatedAt = now;
        this.updatedBy = login;
    }

    void schedule(LocalDateTime start, int duration, int seats, boolean isOnline, Long site, String agendaText) {
        startAt = start;
        durationMinutes = duration;
        capacity = seats;
        online = isOnline;
        establishmentId = site;
        agenda = agendaText;
    }

    void describe(String agendaText, String minutesText) {
        agenda = agendaText;
        minutes = minutesText;
    }

    void touched(LocalDateTime now, String login) {
        updatedAt = now;
        updatedBy = login;
    }
}
