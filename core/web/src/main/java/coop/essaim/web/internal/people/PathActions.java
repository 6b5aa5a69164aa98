package coop.essaim.web.internal.people;

import java.io.Serializable;
import java.time.LocalDate;

/** What the three action forms of the person page collect; the kernel checks every value. */
final class PathActions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Record a transition. */
    static final class Transition implements Serializable {
        private static final long serialVersionUID = 1L;
        String status;
        LocalDate date;
        LocalDate plannedEnd;
        String exitReason;
        String details;
    }

    /** Renew the open fixed-term contract. */
    static final class Renewal implements Serializable {
        private static final long serialVersionUID = 1L;
        String contractKind;
        LocalDate date;
        LocalDate newPlannedEnd;
        String details;
    }

    /** Give the person another referent adviser. */
    static final class ReferentChange implements Serializable {
        private static final long serialVersionUID = 1L;
        Long referent;
        LocalDate from;
        String reason;
    }

    private PathActions() {
    }
}
