package coop.essaim.accompaniment.internal.appointment;

import coop.essaim.accompaniment.api.AccompanimentPermissions;
import coop.essaim.accompaniment.internal.Messages;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.people.ResultPage;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an actor may do with one person's appointments, from the core's rules on people: read them (one's own
 * with {@code view-own}; another's with {@code read} when the core lets the actor read the person), manage them
 * ({@code manage} and {@code People.mayManage}) and, only then, read their private notes. A user whose roles are
 * entrepreneur only reaches their own appointments, whatever their grants, and never the private notes: not
 * even those of their own appointments, which they never manage. Answers are kept for the life of one object,
 * so build one per call.
 */
public final class AppointmentReach {

    /** The person as the actor sees them; {@code manage} implies reading the private notes. */
    public record Reach(Person person, boolean own, boolean manage) {
    }

    private final People people;
    private final UserContext actor;
    private final Map<Long, Optional<Reach>> known = new HashMap<>();

    public AppointmentReach(People people, UserContext actor) {
        this.people = people;
        this.actor = actor;
    }

    public static boolean entrepreneurOnly(UserContext actor) {
        return actor.roles().stream().allMatch(CoreRoles.ENTREPRENEUR::equals);
    }

    public Optional<Reach> of(long personId) {
        return known.computeIfAbsent(personId, this::compute);
    }

    private Optional<Reach> compute(long personId) {
        Optional<Person> found = people.find(actor, personId).filter(p -> p.cooperativeId() == actor.cooperativeId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Person person = found.get();
        if (Objects.equals(person.details().userId(), actor.userId())) {
            return actor.can(AccompanimentPermissions.VIEW_OWN) ? Optional.of(new Reach(person, true, false))
                    : Optional.empty();
        }
        if (entrepreneurOnly(actor) || !actor.can(AccompanimentPermissions.READ)) {
            return Optional.empty();
        }
        boolean manage = actor.can(AccompanimentPermissions.MANAGE) && people.mayManage(actor, personId);
        return Optional.of(new Reach(person, false, manage));
    }

    /** The person when the actor manages them; otherwise the refusal: not found (as {@code field}), or not allowed. */
    public Reach managed(long personId, String field) {
        actor.require(AccompanimentPermissions.MANAGE);
        Reach reach = of(personId).orElseThrow(() ->
                new ValidationException(field, Messages.text(actor.locale(), "error.notFound")));
        if (!reach.manage()) {
            throw new AccessDeniedException(AccompanimentPermissions.MANAGE);
        }
        return reach;
    }

    /** The person file linked to the actor's login, if any (an entrepreneur's list holds at most that one). */
    public Optional<Person> ownFile() {
        int offset = 0;
        while (true) {
            ResultPage<Person> page = people.list(actor, PersonQuery.all(offset, 500));
            Optional<Person> own = page.items().stream()
                    .filter(p -> Objects.equals(p.details().userId(), actor.userId())).findFirst();
            if (own.isPresent() || page.items().isEmpty() || offset + page.items().size() >= page.total()) {
                return own;
            }
            offset += page.items().size();
        }
    }
}
