package coop.essaim.api.people;

import java.time.Instant;

/** A site of the cooperative; every person belongs to one, meetings stay open to all. */
public record Establishment(long id, long cooperativeId, String name, Address address, Instant createdAt) {
}
