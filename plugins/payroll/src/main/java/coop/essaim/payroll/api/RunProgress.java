package coop.essaim.payroll.api;

/**
 * Told how far a monthly run has gone: {@code done} of {@code total} payslips computed, or of their entries
 * posted. Called on the thread doing the work, after each payslip: keep it quick and never throw.
 */
@FunctionalInterface
public interface RunProgress {

    RunProgress NONE = (done, total) -> {
    };

    void advanced(int done, int total);
}
