package coop.essaim.mutualtraining.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A session held: its trainer, day, hours and attendees. {@code payment} says how the trainer's work was
 * recognised: {@code CONTRIBUTED} (time given to the cooperative). Attendees are listed only for the trainer and
 * the record keepers; others read an empty list.
 */
public record Session(long id, Long offerId, String title, long trainerUserId, String trainerName, LocalDate heldOn,
                      BigDecimal hours, String site, String payment, List<Attendee> attendees) {

    public Session {
        attendees = List.copyOf(attendees);
    }

    /** One attendee: present or not, their evaluation (1 to 5, null until given) and comment. */
    public record Attendee(long memberUserId, String memberName, boolean present, Integer evaluation,
                           String comment) {
    }
}
