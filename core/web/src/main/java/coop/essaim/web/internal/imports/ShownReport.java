package coop.essaim.web.internal.imports;

import coop.essaim.api.people.ImportReport;

import java.io.Serializable;
import java.util.List;

/** The kernel's {@link ImportReport} as the page keeps it between requests (the record is not serializable). */
public record ShownReport(int lines, int imported, boolean written, List<Problem> problems) implements Serializable {

    public ShownReport {
        problems = List.copyOf(problems);
    }

    public static ShownReport of(ImportReport report) {
        return new ShownReport(report.lines(), report.imported(), report.written(), report.problems().stream()
                .map(p -> new Problem(p.line(), p.column(), p.message())).toList());
    }

    /**
     * Worth offering "valid lines only" again: nothing was written, some lines were refused, and none of the
     * problems is about the file itself (its header, line 1), which writes nothing in any mode.
     */
    public boolean validLinesMayBeImported() {
        return !written && !problems.isEmpty() && problems.stream().noneMatch(p -> p.line() <= 1)
                && problems.stream().map(Problem::line).distinct().count() < lines;
    }

    public record Problem(int line, String column, String message) implements Serializable {
    }
}
