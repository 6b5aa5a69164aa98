package coop.essaim.api.people;

import java.time.LocalDate;

/**
 * A step to record: enter {@code statusCode} on {@code date}. {@code plannedEnd} is required when the status
 * opens a fixed-term contract, {@code exitReason} when it is an exit; {@code details} is free text (an
 * information meeting's place, the hours of an employment contract, why the person left).
 */
public record PathChange(String statusCode, LocalDate date, LocalDate plannedEnd, String exitReason,
                         String details) {
}
