package coop.essaim.invoicing.api;

import java.time.LocalDate;

/**
 * A trip as typed, for a mileage line: on {@code travelledOn}, from {@code from} to {@code to} for
 * {@code purpose}, {@code distanceKm} whole kilometres in the member's own vehicle of the country scale's
 * category {@code vehicle} ({@code CAR-5}), electric or not. The allowance is computed, never typed.
 */
public record MileageLineDraft(LocalDate travelledOn, String from, String to, String purpose, Integer distanceKm,
                               String vehicle, boolean electric) {
}
