package coop.essaim.api.people;

import java.util.List;

/**
 * The outcome of an import: how many data lines the file had, how many were written (0 unless
 * {@code written}), and every problem found, in file order. A problem with {@code line} 1 and no column may be
 * about the file itself (its header, its format).
 */
public record ImportReport(int lines, int imported, boolean written, List<Problem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Line numbers count from 1, the header row; {@code column} is the file's own header, or null. */
    public record Problem(int line, String column, String message) {
    }
}
