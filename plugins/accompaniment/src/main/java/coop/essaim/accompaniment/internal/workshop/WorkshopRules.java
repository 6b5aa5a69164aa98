package coop.essaim.accompaniment.internal.workshop;

import coop.essaim.accompaniment.api.WorkshopDraft;
import coop.essaim.accompaniment.api.WorkshopKind;
import coop.essaim.accompaniment.api.WorkshopSessionDraft;
import coop.essaim.accompaniment.internal.Messages;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.People;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserDirectory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a catalogue entry and a session must hold, every refusal at once and named by field. A monthly meeting is
 * open to every status, so its audience is always dropped. Trainers are users of the cooperative, staff or
 * members, kept in order without repeats.
 */
final class WorkshopRules {

    static final int MAX_TITLE = 120;
    static final int MAX_TEXT = 4000;
    static final int MIN_MINUTES = 15;
    static final int MAX_MINUTES = 600;
    static final int MAX_CAPACITY = 500;
    static final int MAX_TRAINERS = 5;

    private final People people;
    private final UserDirectory users;

    WorkshopRules(People people, UserDirectory users) {
        this.people = people;
        this.users = users;
    }

    WorkshopDraft check(UserContext actor, WorkshopDraft d) {
        Messages m = new Messages(actor.locale());
        List<FieldError> errors = new ArrayList<>();
        if (d.kind() == null) {
            errors.add(new FieldError("kind", m.text("error.required")));
        }
        String title = blankToNull(d.title());
        if (title == null) {
            errors.add(new FieldError("title", m.text("error.required")));
        } else if (title.length() > MAX_TITLE || title.contains("\n")) {
            errors.add(new FieldError("title", m.text("error.tooLong", MAX_TITLE)));
        }
        String description = blankToNull(d.description());
        if (description != null && description.length() > MAX_TEXT) {
            errors.add(new FieldError("description", m.text("error.tooLong", MAX_TEXT)));
        }
        String audience = d.kind() == WorkshopKind.MONTHLY_MEETING ? null : blankToNull(d.audience());
        if (audience != null && people.pathModel(actor).status(audience).isEmpty()) {
            errors.add(new FieldError("audience", m.text("error.audience.unknown")));
        }
        duration(errors, m, d.durationMinutes());
        capacity(errors, m, d.capacity());
        site(actor, errors, m, d.online(), d.establishmentId());
        List<Long> trainers = List.copyOf(new LinkedHashSet<>(d.trainerUserIds()));
        if (trainers.isEmpty() || trainers.size() > MAX_TRAINERS) {
            errors.add(new FieldError("trainerUserIds", m.text("error.trainers", MAX_TRAINERS)));
        }
        for (int i = 0; i < trainers.size(); i++) {
            if (!ofCooperative(actor, trainers.get(i))) {
                errors.add(new FieldError("trainerUserIds[" + i + "]", m.text("error.notFound")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new WorkshopDraft(d.kind(), title, description, audience, d.durationMinutes(), d.capacity(),
                d.online(), d.online() ? null : d.establishmentId(), trainers, d.active());
    }

    /** The session's own values, those it leaves null taken from its entry. */
    WorkshopSessionDraft check(UserContext actor, WorkshopSessionDraft d, WorkshopEntity workshop) {
        Messages m = new Messages(actor.locale());
        List<FieldError> errors = new ArrayList<>();
        if (workshop == null || !workshop.active) {
            errors.add(new FieldError("workshopId", m.text("error.notFound")));
        }
        if (d.start() == null) {
            errors.add(new FieldError("start", m.text("error.required")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int minutes = d.durationMinutes() == null ? workshop.durationMinutes : d.durationMinutes();
        int seats = d.capacity() == null ? workshop.capacity : d.capacity();
        boolean online = d.online() == null ? workshop.online : d.online();
        Long site = online ? null : d.establishmentId() == null ? workshop.establishmentId : d.establishmentId();
        duration(errors, m, minutes);
        capacity(errors, m, seats);
        site(actor, errors, m, online, site);
        String agenda = blankToNull(d.agenda());
        if (agenda != null && agenda.length() > MAX_TEXT) {
            errors.add(new FieldError("agenda", m.text("error.tooLong", MAX_TEXT)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new WorkshopSessionDraft(workshop.id, d.start().withSecond(0).withNano(0), minutes, seats, online,
                site, agenda);
    }

    static String text(UserContext actor, String field, String value) {
        String text = blankToNull(value);
        if (text != null && text.length() > MAX_TEXT) {
            throw new ValidationException(field, Messages.text(actor.locale(), "error.tooLong", MAX_TEXT));
        }
        return text;
    }

    private static void duration(List<FieldError> errors, Messages m, int minutes) {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            errors.add(new FieldError("durationMinutes", m.text("error.duration", MIN_MINUTES, MAX_MINUTES)));
        }
    }

    private static void capacity(List<FieldError> errors, Messages m, int seats) {
        if (seats < 1 || seats > MAX_CAPACITY) {
            errors.add(new FieldError("capacity", m.text("error.capacity", MAX_CAPACITY)));
        }
    }

    private void site(UserContext actor, List<FieldError> errors, Messages m, boolean online, Long site) {
        if (online) {
            return;
        }
        if (site == null) {
            errors.add(new FieldError("establishmentId", m.text("error.workshopSite")));
        } else if (people.establishments(actor).stream().map(Establishment::id).noneMatch(site::equals)) {
            errors.add(new FieldError("establishmentId", m.text("error.notFound")));
        }
    }

    private boolean ofCooperative(UserContext actor, Long userId) {
        if (userId == null) {
            return false;
        }
        try {
            return users.contextOf(userId).cooperativeId() == actor.cooperativeId();
        } catch (IllegalArgumentException e) {
            return false;   // no such user
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
