package coop.essaim.mutualtraining.api;

/** Where a training request stands: the committee approves, refuses (with reasons) or puts it on hold. */
public enum RequestStatus {
    SUBMITTED, APPROVED, REFUSED, ON_HOLD
}
