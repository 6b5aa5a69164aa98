package coop.essaim.accompaniment.internal.appointment;

import coop.essaim.accompaniment.api.AppointmentDraft;
import coop.essaim.accompaniment.api.AppointmentMode;
import coop.essaim.accompaniment.internal.Messages;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.People;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserDirectory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a draft must hold, every refusal at once and named by field: a start, 5 to 480 minutes, a mode, the site
 * of an on-site appointment (one of the cooperative's establishments), one to five advisers who are staff users
 * of the cooperative (adviser or administrator role), at most ten topics of at most 80 characters, notes within
 * their columns. Topics are trimmed and the blank ones dropped; advisers are kept in order without repeats.
 */
final class AppointmentRules {

    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 480;
    static final int MAX_ADVISERS = 5;
    static final int MAX_TOPICS = 10;
    static final int MAX_TOPIC = 80;
    static final int MAX_NOTES = 4000;
    static final int MAX_NEXT_STEPS = 2000;

    private final People people;
    private final UserDirectory users;

    AppointmentRules(People people, UserDirectory users) {
        this.people = people;
        this.users = users;
    }

    AppointmentDraft check(UserContext actor, AppointmentDraft draft) {
        Messages m = new Messages(actor.locale());
        List<FieldError> errors = new ArrayList<>();
        if (draft.start() == null) {
            errors.add(new FieldError("start", m.text("error.required")));
        }
        if (draft.durationMinutes() < MIN_MINUTES || draft.durationMinutes() > MAX_MINUTES) {
            errors.add(new FieldError("durationMinutes", m.text("error.duration", MIN_MINUTES, MAX_MINUTES)));
        }
        if (draft.mode() == null) {
            errors.add(new FieldError("mode", m.text("error.required")));
        }
        if (draft.establishmentId() != null) {
            boolean known = people.establishments(actor).stream().map(Establishment::id)
                    .anyMatch(id -> id.equals(draft.establishmentId()));
            if (!known) {
                errors.add(new FieldError("establishmentId", m.text("error.notFound")));
            }
        } else if (draft.mode() == AppointmentMode.ON_SITE) {
            errors.add(new FieldError("establishmentId", m.text("error.siteRequired")));
        }
        List<Long> advisers = List.copyOf(new LinkedHashSet<>(draft.adviserUserIds()));
        if (advisers.isEmpty() || advisers.size() > MAX_ADVISERS) {
            errors.add(new FieldError("adviserUserIds", m.text("error.advisers", MAX_ADVISERS)));
        }
        for (int i = 0; i < advisers.size(); i++) {
            if (!isStaff(actor, advisers.get(i))) {
                errors.add(new FieldError("adviserUserIds[" + i + "]", m.text("error.notAdviser")));
            }
        }
        List<String> topics = draft.topics().stream().filter(t -> t != null && !t.isBlank()).map(String::strip)
                .distinct().toList();
        if (topics.size() > MAX_TOPICS) {
            errors.add(new FieldError("topics", m.text("error.topics", MAX_TOPICS)));
        }
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).length() > MAX_TOPIC || topics.get(i).contains("\n")) {
                errors.add(new FieldError("topics[" + i + "]", m.text("error.tooLong", MAX_TOPIC)));
            }
        }
        tooLong(errors, m, "privateNotes", draft.privateNotes(), MAX_NOTES);
        tooLong(errors, m, "sharedNotes", draft.sharedNotes(), MAX_NOTES);
        tooLong(errors, m, "nextSteps", draft.nextSteps(), MAX_NEXT_STEPS);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new AppointmentDraft(draft.personId(), draft.start().withSecond(0).withNano(0),
                draft.durationMinutes(), draft.mode(), draft.establishmentId(), advisers, topics,
                blankToNull(draft.privateNotes()), blankToNull(draft.sharedNotes()), blankToNull(draft.nextSteps()));
    }

    /** A user of the actor's cooperative holding a staff role that advises: adviser or administrator. */
    private boolean isStaff(UserContext actor, Long userId) {
        if (userId == null) {
            return false;
        }
        try {
            UserContext user = users.contextOf(userId);
            return user.cooperativeId() == actor.cooperativeId()
                    && (user.hasRole(CoreRoles.ADVISER) || user.hasRole(CoreRoles.ADMINISTRATOR));
        } catch (IllegalArgumentException e) {
            return false;   // no such user
        }
    }

    private static void tooLong(List<FieldError> errors, Messages m, String field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            errors.add(new FieldError(field, m.text("error.tooLong", max)));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
