package coop.essaim.kernel.people;

import coop.essaim.api.people.ImportReport;
import coop.essaim.api.problem.ValidationException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** The problems of an import, in file order, each naming the line and the file's own column header. */
final class ImportProblems {

    private final List<ImportReport.Problem> problems = new ArrayList<>();

    void add(int line, String column, String message) {
        problems.add(new ImportReport.Problem(line, column, message));
    }

    /**
     * A service refusal on one line: each field the rules named is reported under the column it came from
     * ({@code columnOf} maps field names to headers; an unmapped field is reported without a column).
     */
    void add(int line, ValidationException refusal, Function<String, String> columnOf) {
        refusal.errors().forEach(e -> add(line, columnOf.apply(e.field()), e.message()));
    }

    int count() {
        return problems.size();
    }

    boolean hasLine(int line) {
        return problems.stream().anyMatch(p -> p.line() == line);
    }

    List<ImportReport.Problem> sorted() {
        return problems.stream().sorted(Comparator.comparingInt(ImportReport.Problem::line)).toList();
    }
}
