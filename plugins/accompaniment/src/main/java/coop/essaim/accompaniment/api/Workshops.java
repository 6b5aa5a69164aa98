package coop.essaim.accompaniment.api;

import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Service: the workshops and monthly meetings of the actor's cooperative, their sessions and sign-ups. Every call
 * checks on the server. Everyone with {@link AccompanimentPermissions#WORKSHOPS_VIEW} reads the catalogue and the
 * sessions (seats left, not who signed up) and signs themselves up or cancels; the team, with
 * {@link AccompanimentPermissions#WORKSHOPS_MANAGE}, edits the catalogue and sessions and signs up, confirms and
 * cancels for the people it may manage ({@code People.mayManage}); attendance needs
 * {@link AccompanimentPermissions#WORKSHOPS_ATTENDANCE}. A user whose roles are entrepreneur only never reaches
 * another person's sign-ups or attendance. Seats are taken under a lock of the session's row: a session never
 * holds more confirmed sign-ups than its capacity, whatever the concurrency. Refused input throws
 * {@code ValidationException} naming the field; a refused write {@code AccessDeniedException}. Changes are audited.
 */
public interface Workshops {

    Workshop create(UserContext actor, WorkshopDraft draft);

    Workshop update(UserContext actor, long workshopId, WorkshopDraft draft);

    /** The catalogue, by kind then title; inactive entries too when {@code withInactive} (the team only). */
    List<Workshop> catalogue(UserContext actor, boolean withInactive);

    Optional<Workshop> find(UserContext actor, long workshopId);

    WorkshopSession plan(UserContext actor, WorkshopSessionDraft draft);

    /** Writes the agenda and, once the session has started, its minutes. */
    WorkshopSession describe(UserContext actor, long sessionId, String agenda, String minutes);

    Optional<WorkshopSession> session(UserContext actor, long sessionId);

    /** The sessions from {@code from} to {@code to} inclusive, oldest first; of one site when {@code siteId}. */
    List<WorkshopSession> sessions(UserContext actor, LocalDate from, LocalDate to, Long siteId);

    /**
     * Signs the person up: a seat when one is left, else the waiting list. One's own sign-up waits for an
     * adviser's confirmation ({@link SignUpStatus#PENDING}) once one has reached the cooperative's no-show limit
     * of absences without notice. Refused when the session has started, when the person is already signed up,
     * or (for one's own) when the workshop is for another stage.
     */
    SignUp signUp(UserContext actor, long sessionId, long personId);

    /** Cancels before the session starts; a freed seat goes to the first on the waiting list. */
    SignUp cancel(UserContext actor, long signUpId);

    /** The team confirms a pending sign-up: a seat when one is left, else the waiting list. */
    SignUp confirm(UserContext actor, long signUpId);

    /** Present, absent or excused for a confirmed sign-up, once the session has started. */
    SignUp recordAttendance(UserContext actor, long signUpId, Attendance attendance);

    Optional<SignUp> findSignUp(UserContext actor, long signUpId);

    /** The session's sign-ups in queue order (the team only). */
    List<SignUp> signUps(UserContext actor, long sessionId);

    /** The actor's own sign-ups (their person file), the latest session first. */
    List<SignUp> own(UserContext actor);

    /** A person's sign-ups: one's own, or those of a person the team may read. */
    List<SignUp> ofPerson(UserContext actor, long personId);

    /** A person's attendance over the sessions recorded: one's own, or the team's for a person it may read. */
    AttendanceRecord attendance(UserContext actor, long personId);
}
