package coop.essaim.accompaniment.api;

import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Service: the appointments of the actor's cooperative. Every call checks on the server. Writing needs
 * {@link AccompanimentPermissions#MANAGE} and that the actor may manage the person ({@code People.mayManage});
 * reading needs {@link AccompanimentPermissions#READ} and that the actor may read the person, or
 * {@link AccompanimentPermissions#VIEW_OWN} for one's own (the person file linked to one's login). An appointment
 * of another cooperative, or one the actor may not read, does not exist for them. Refused input throws
 * {@code ValidationException} naming the field in the actor's language; a refused write throws
 * {@code AccessDeniedException}. Changes are audited.
 */
public interface Appointments {

    Appointment schedule(UserContext actor, AppointmentDraft draft);

    /** Changes everything but the attendance; the person stays the same. */
    Appointment update(UserContext actor, long appointmentId, AppointmentDraft draft);

    /** Present, absent or excused only once the appointment has started; back to expected at any time. */
    Appointment recordAttendance(UserContext actor, long appointmentId, Attendance attendance);

    Optional<Appointment> find(UserContext actor, long appointmentId);

    /** The person's appointments, oldest first; empty when the actor may not read them. */
    List<Appointment> ofPerson(UserContext actor, long personId);

    /** The actor's own appointments as the person met, oldest first. */
    List<Appointment> own(UserContext actor);

    /**
     * The appointments an adviser takes part in from {@code from} to {@code to} inclusive, oldest first: one's
     * own with {@link AccompanimentPermissions#READ}, another adviser's with {@link AccompanimentPermissions#MANAGE}
     * too; only those whose person the actor may read.
     */
    List<Appointment> ofAdviser(UserContext actor, long adviserUserId, LocalDate from, LocalDate to);

    /**
     * The appointments held at one of the cooperative's sites from {@code from} to {@code to} inclusive, oldest
     * first, with {@link AccompanimentPermissions#READ}: only those whose person the actor may read.
     */
    List<Appointment> atSite(UserContext actor, long establishmentId, LocalDate from, LocalDate to);
}
