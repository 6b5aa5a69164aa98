package coop.essaim.api.people;

import java.time.Instant;

/** A private note of the support staff on a person; never shown to the person, never changed once written. */
public record AdviserNote(long id, long personId, String text, Instant writtenAt, String writtenBy) {
}
