package coop.essaim.payroll.internal.run;

import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.security.UserContext;
import coop.essaim.payroll.api.RunNotice;

/** Who a plan pays and on which activity, by name, as the payslip keeps them. */
public final class RunCast {

    private final People people;
    private final Activities activities;

    public RunCast(People people, Activities activities) {
        this.people = people;
        this.activities = activities;
    }

    record Member(long personId, Long userId, String personName, long activityId, String activityName) {

        RunNotice notice(String message) {
            return new RunNotice(personId, personName, activityId, activityName, message);
        }
    }

    Member member(UserContext actor, long personId, long activityId) {
        Person person = people.find(actor, personId).orElse(null);
        String activityName = activities.find(actor, activityId).map(Activity::name).orElse("#" + activityId);
        if (person == null) {
            return new Member(personId, null, "#" + personId, activityId, activityName);
        }
        return new Member(personId, person.details().userId(), person.displayName(), activityId, activityName);
    }
}
