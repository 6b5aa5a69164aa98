package coop.essaim.api.people;

/** An activity runs until it is closed (the person left, or stopped it); a closed activity stays readable. */
public enum ActivityStatus {
    ACTIVE,
    CLOSED
}
