package coop.essaim.governance.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The participants of a fiscal year's participation as the cooperative's payroll proposes them, to be checked and
 * edited before the draft: by the key, each person's gross salary, hours, or 1 for everyone paid in the year.
 * {@code source} says where the figures came from; without payroll (or without the right to read it) the list is
 * empty and the bases are entered by hand. {@code payslips} counts the validated payslips the figures sum.
 */
public record ProposedBases(int fiscalYear, ParticipationKey key, Source source, LocalDate from, LocalDate to,
                            int payslips, List<Participant> participants) {

    public ProposedBases {
        participants = List.copyOf(participants);
    }

    /** Where the bases came from. */
    public enum Source {
        /** The validated payslips of the fiscal year, summed by the payroll module. */
        PAYROLL,
        /** The payroll module is not installed (or not started): the bases are entered by hand. */
        NO_PAYROLL,
        /** Payroll is there, but the user may not read every payslip: the bases are entered by hand. */
        NO_PAYROLL_PERMISSION
    }

    /** One employee paid in the year and their proposed base. */
    public record Participant(long personId, String name, BigDecimal base) {
    }
}
