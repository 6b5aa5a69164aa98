package coop.essaim.governance.api;

/** An associate at an assembly: present (in the room or online), represented by a present associate, absent. */
public enum Presence {
    PRESENT, REPRESENTED, ABSENT
}
