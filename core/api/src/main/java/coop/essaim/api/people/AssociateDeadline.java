package coop.essaim.api.people;

import java.time.LocalDate;
import java.util.Objects;

/** The date by which a person must be associate (null when none applies) and the flag lists show for it. */
public record AssociateDeadline(LocalDate date, DeadlineFlag flag) {

    public static final AssociateDeadline NONE = new AssociateDeadline(null, DeadlineFlag.NONE);

    public AssociateDeadline {
        Objects.requireNonNull(flag, "flag");
    }
}
