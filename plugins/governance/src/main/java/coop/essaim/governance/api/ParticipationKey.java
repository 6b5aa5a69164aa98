package coop.essaim.governance.api;

/** How the participation is shared among employees: by gross salary of the year, by hours worked, or equally. */
public enum ParticipationKey {
    SALARY,
    HOURS,
    EQUAL
}
