package coop.essaim.api.ledger;

import coop.essaim.api.problem.ValidationException;

import java.util.List;

/**
 * An import refused: {@link #problems()} lists every problem found in the file, in line order (at most
 * {@link #MAX_PROBLEMS}; {@link #more()} counts those left out). As a {@link ValidationException} each
 * problem is a field named {@code line:<n>}. Nothing was posted.
 */
public class JournalImportException extends ValidationException {

    public static final int MAX_PROBLEMS = 1000;

    private final List<JournalProblem> problems;
    private final long more;

    public JournalImportException(List<JournalProblem> problems, long more) {
        super(problems.stream().map(p -> new FieldError("line:" + p.line(), p.message())).toList());
        this.problems = List.copyOf(problems);
        this.more = more;
    }

    public List<JournalProblem> problems() {
        return problems;
    }

    /** Problems found beyond {@link #MAX_PROBLEMS}, not listed. */
    public long more() {
        return more;
    }
}
