package coop.essaim.accompaniment.internal.workshop;

import coop.essaim.accompaniment.api.AccompanimentPermissions;
import coop.essaim.accompaniment.internal.appointment.AppointmentReach;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.security.UserContext;

import java.util.Objects;
import java.util.Optional;

/**
 * What an actor may do with one person's sign-ups: their own with {@code workshops.view}; another's, read with
 * {@code workshops.manage} when the core lets the actor read the person, changed when it lets them manage the
 * person. A user whose roles are entrepreneur only reaches their own, whatever their grants.
 */
final class WorkshopReach {

    enum Level { NONE, OWN, READ, MANAGE }

    private final People people;
    private final UserContext actor;

    WorkshopReach(People people, UserContext actor) {
        this.people = people;
        this.actor = actor;
    }

    Level of(long personId) {
        Optional<Person> found = people.find(actor, personId).filter(p -> p.cooperativeId() == actor.cooperativeId());
        if (found.isEmpty()) {
            return Level.NONE;
        }
        if (Objects.equals(found.get().details().userId(), actor.userId())) {
            return actor.can(AccompanimentPermissions.WORKSHOPS_VIEW) ? Level.OWN : Level.NONE;
        }
        if (AppointmentReach.entrepreneurOnly(actor) || !actor.can(AccompanimentPermissions.WORKSHOPS_MANAGE)) {
            return Level.NONE;
        }
        return people.mayManage(actor, personId) ? Level.MANAGE : Level.READ;
    }

    Optional<Person> person(long personId) {
        return people.find(actor, personId).filter(p -> p.cooperativeId() == actor.cooperativeId());
    }

    Optional<Person> ownFile() {
        return new AppointmentReach(people, actor).ownFile();
    }

    boolean team() {
        return !AppointmentReach.entrepreneurOnly(actor) && actor.can(AccompanimentPermissions.WORKSHOPS_MANAGE);
    }
}
