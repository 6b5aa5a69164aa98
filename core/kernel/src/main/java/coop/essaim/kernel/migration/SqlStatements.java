package coop.essaim.kernel.migration;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration file into statements: a statement ends with {@code ;} at the end of a line, and lines
 * whose first non-blank characters are {@code --} are comments. Kept this simple on purpose so that a
 * reader of a migration file knows exactly what the runner will send, on Derby as on PostgreSQL.
 */
final class SqlStatements {

    /** One statement; {@code number} counts from 1, {@code line} is where it starts in the file. */
    record Statement(int number, int line, String sql) {
    }

    private SqlStatements() {
    }

    static List<Statement> split(String text) {
        List<Statement> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int startLine = 0;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.trim();
            if (trimmed.startsWith("--") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (current.length() == 0) {
                startLine = i + 1;
            } else {
                current.append('\n');
            }
            String stripped = line.stripTrailing();
            if (stripped.endsWith(";")) {
                current.append(stripped, 0, stripped.length() - 1);
                add(out, current, startLine);
            } else {
                current.append(stripped);
            }
        }
        add(out, current, startLine);
        return out;
    }

    private static void add(List<Statement> out, StringBuilder current, int line) {
        String sql = current.toString().trim();
        current.setLength(0);
        if (!sql.isEmpty()) {
            out.add(new Statement(out.size() + 1, line, sql));
        }
    }
}
