package coop.essaim.api.people;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Extension point: the date by which a member must become associate (in France, 3 years after the start of
 * their support agreement, law of 31 July 2014). The core uses the first started rule (by module id) that
 * applies to the cooperative's country; with none, no deadline is shown. The core itself stops flagging a
 * person who is associate or has left, and turns the date into "due within 90 days" and "overdue" against
 * today; the rule only computes the date, without side effects, from any thread.
 */
public interface AssociateDeadlineRule {

    boolean appliesTo(String country);

    /** Empty when the path gives no deadline (for example before any support agreement started). */
    Optional<LocalDate> deadline(PersonPath path, PathModel model);
}
