package coop.essaim.accompaniment.internal.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** Table ACC_APPOINTMENT_ADVISER: an adviser (a user) taking part in an appointment. */
@Entity(name = "AccompanimentAppointmentAdviser")
@Table(name = "ACC_APPOINTMENT_ADVISER")
@IdClass(AppointmentAdviserEntity.Key.class)
public class AppointmentAdviserEntity {

    @Id
    @Column(name = "APPOINTMENT_ID", nullable = false, updatable = false)
    long appointmentId;
    @Id
    @Column(name = "ADVISER_USER_ID", nullable = false, updatable = false)
    long adviserUserId;
    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    long cooperativeId;

    protected AppointmentAdviserEntity() {
    }

    AppointmentAdviserEntity(long appointmentId, long adviserUserId, long cooperativeId) {
        this.appointmentId = appointmentId;
        this.adviserUserId = adviserUserId;
        this.cooperativeId = cooperativeId;
    }

    /** The composite key. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        long appointmentId;
        long adviserUserId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.appointmentId == appointmentId && k.adviserUserId == adviserUserId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(appointmentId, adviserUserId);
        }
    }
}
