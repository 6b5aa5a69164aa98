package coop.essaim.api.event;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened in a cooperative: {@code type} is {@code <module>.<fact>} such as
 * {@code core.user.created} or {@code invoicing.invoice.validated}; {@code data} carries ids and small values,
 * never whole records.
 */
public record DomainEvent(String type, long cooperativeId, Long actorUserId, Instant occurredAt,
                          Map<String, String> data) {

    public DomainEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        data = Map.copyOf(data == null ? Map.of() : data);
    }
}
