package coop.essaim.accompaniment.api;

/**
 * Whether the person came. {@code EXPECTED} until the adviser records it; {@code EXCUSED} is an absence announced
 * beforehand, {@code ABSENT} one without notice (the no-show the cooperatives complain about).
 */
public enum Attendance {
    EXPECTED, PRESENT, ABSENT, EXCUSED
}
