package coop.essaim.accompaniment.api;

/**
 * Where a sign-up stands. {@code CONFIRMED} holds a seat; {@code WAITING} is on the waiting list, promoted to
 * confirmed in order when a confirmed person cancels; {@code PENDING} waits for an adviser's confirmation (the
 * cooperative's no-show rule) and holds no seat; {@code CANCELLED} by the person or an adviser.
 */
public enum SignUpStatus {
    CONFIRMED, WAITING, PENDING, CANCELLED
}
