package coop.essaim.kernel.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which header of a file is which column of an import. Each column has names it answers to (compared through
 * {@link CsvTable#key(String)}); a header matching none is unknown, and a column named twice is ambiguous:
 * both are reported rather than guessed, so a typo never drops a column silently.
 */
public final class CsvColumns {

    private final Map<String, Integer> indexByColumn = new HashMap<>();
    private final List<String> headers;
    private final List<String> unknown = new ArrayList<>();
    private final List<String> repeated = new ArrayList<>();

    /** {@code names}: for each column, in the order columns are documented, the names it answers to. */
    public CsvColumns(List<String> headers, Map<String, Set<String>> names) {
        this.headers = headers;
        Map<String, String> columnByName = new LinkedHashMap<>();
        names.forEach((column, aliases) -> aliases.forEach(a -> columnByName.putIfAbsent(CsvTable.key(a), column)));
        for (int i = 0; i < headers.size(); i++) {
            String column = columnByName.get(CsvTable.key(headers.get(i)));
            if (column == null) {
                if (!headers.get(i).isBlank()) {
                    unknown.add(headers.get(i));
                }
            } else if (indexByColumn.putIfAbsent(column, i) != null) {
                repeated.add(headers.get(i));
            }
        }
    }

    /** The index of the column in each row, or -1 when the file does not have it. */
    public int index(String column) {
        return indexByColumn.getOrDefault(column, -1);
    }

    public boolean has(String column) {
        return indexByColumn.containsKey(column);
    }

    /** The file's own header for the column (what the report shows), or the column's name when absent. */
    public String header(String column) {
        Integer i = indexByColumn.get(column);
        return i == null ? column : headers.get(i);
    }

    public List<String> unknown() {
        return List.copyOf(unknown);
    }

    public List<String> repeated() {
        return List.copyOf(repeated);
    }
}
