package coop.essaim.kernel.ledger.journal;

import coop.essaim.api.ledger.JournalImportException;
import coop.essaim.api.ledger.JournalProblem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems of one file, kept up to {@link JournalImportException#MAX_PROBLEMS} and counted beyond. */
final class Problems {

    private final List<JournalProblem> kept = new ArrayList<>();
    private long more;

    void add(int line, String message) {
        if (kept.size() < JournalImportException.MAX_PROBLEMS) {
            kept.add(new JournalProblem(line, message));
        } else {
            more++;
        }
    }

    boolean any() {
        return !kept.isEmpty();
    }

    void throwIfAny() {
        if (any()) {
            List<JournalProblem> sorted = new ArrayList<>(kept);
            sorted.sort(Comparator.comparingInt(JournalProblem::line));
            throw new JournalImportException(sorted, more);
        }
    }
}
