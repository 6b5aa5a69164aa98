package coop.essaim.api.people;

import java.time.Instant;

/** A recorded version of a member's employment terms, with who recorded it and when. */
public record EmploymentTermsVersion(long id, long personId, String contractKind, EmploymentTerms terms,
                                     Instant recordedAt, String recordedBy) {
}
