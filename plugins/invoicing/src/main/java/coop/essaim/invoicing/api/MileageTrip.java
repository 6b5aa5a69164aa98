package coop.essaim.invoicing.api;

/**
 * What a mileage line was computed from: the trip, the vehicle, and the kilometres the same member had already
 * filed that calendar year with that vehicle ({@code yearKmBefore}), which chose the scale's band.
 */
public record MileageTrip(String from, String to, int distanceKm, String vehicle, boolean electric,
                          long yearKmBefore) {
}
