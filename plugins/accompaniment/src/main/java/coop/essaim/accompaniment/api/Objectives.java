package coop.essaim.accompaniment.api;

import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Service: each person's objectives contract (turnover, hours, skills) and training plan, reviewed at
 * appointments. The same rules as {@link Appointments}: advisers who manage the person set and review; readers of
 * the person read; the person reads their own ({@link AccompanimentPermissions#VIEW_OWN}) and never writes.
 * Objectives and reviews are never changed nor deleted: the history is the record. Refused input throws
 * {@code ValidationException} naming the field; a refused write {@code AccessDeniedException}.
 */
public interface Objectives {

    Objective set(UserContext actor, ObjectiveDraft draft);

    /**
     * Records where the objective stands on {@code reviewedOn} (not in the future), at {@code appointmentId} when
     * given (an appointment of the same person).
     */
    Objective review(UserContext actor, long objectiveId, LocalDate reviewedOn, Long appointmentId,
                     ObjectiveStatus status, String note);

    Optional<Objective> find(UserContext actor, long objectiveId);

    /** The person's objectives, those due first first; empty when the actor may not read the person. */
    List<Objective> ofPerson(UserContext actor, long personId);
}
