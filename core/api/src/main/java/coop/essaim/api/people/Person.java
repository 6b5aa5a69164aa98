package coop.essaim.api.people;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person file as the acting user may see it: their details, their referent adviser (a user id, null when
 * none), the latest status of their path and its date (null before the first step; the date may lie ahead
 * when a step was recorded in advance), and where they stand against the associate deadline.
 */
public record Person(long id, long cooperativeId, PersonDetails details, Long referentUserId, String statusCode,
                     LocalDate statusSince, AssociateDeadline deadline, Instant createdAt) {

    /** "Given Family", or the organisation for a legal entity or a person recorded without a name. */
    public String displayName() {
        String name = join(details.givenName(), details.familyName());
        if (details.legalEntity() || name.isEmpty()) {
            return details.organisation() == null ? name : details.organisation();
        }
        return name;
    }

    private static String join(String a, String b) {
        String left = a == null ? "" : a.strip();
        String right = b == null ? "" : b.strip();
        return (left + " " + right).strip();
    }
}
