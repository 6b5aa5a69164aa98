package coop.essaim.kernel.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file as people save it from a spreadsheet: the delimiter is a comma, a semicolon (French spreadsheets)
 * or a tab, whichever the header row uses most outside quotes; a UTF-8 byte order mark is ignored; blank lines
 * are skipped. Each row keeps the line it starts on, so a report can name it. Header names are compared
 * through {@link #key(String)}, which ignores case, accents and separators.
 */
public final class CsvTable {

    private final List<String> headers;
    private final List<Row> rows;

    private CsvTable(List<String> headers, List<Row> rows) {
        this.headers = headers;
        this.rows = rows;
    }

    /** One data row: the line it starts on (the header is line 1) and its cells, in header order. */
    public record Row(int line, List<String> cells) {

        /** The cell of column {@code index}, stripped; null when blank or missing. */
        public String cell(int index) {
            if (index < 0 || index >= cells.size()) {
                return null;
            }
            String v = cells.get(index);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    /** Thrown for a file that cannot be read as CSV, with the line where reading stopped (0: unknown). */
    public static final class FormatException extends Exception {
        private final int line;

        FormatException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Reads at most {@code maxRows} data rows; more is a {@link TooManyRowsException}. */
    public static CsvTable read(Reader source, int maxRows) throws FormatException, TooManyRowsException {
        BufferedReader in = new BufferedReader(source);
        try {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            in.mark(64 * 1024);
            String first = in.readLine();
            if (first == null || first.isBlank()) {
                throw new FormatException(1, "empty");
            }
            in.reset();
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(first))
                    .setIgnoreEmptyLines(true).setTrim(false).get();
            try (CSVParser parser = CSVParser.parse(in, format)) {
                Iterator<CSVRecord> it = parser.iterator();
                List<String> headers = hasNext(it, 0) ? it.next().toList() : List.of();
                List<Row> rows = new ArrayList<>();
                long lineAfterPrevious = parser.getCurrentLineNumber();
                while (hasNext(it, lineAfterPrevious)) {
                    CSVRecord r = it.next();
                    if (r.toList().stream().allMatch(c -> c == null || c.isBlank())) {
                        lineAfterPrevious = parser.getCurrentLineNumber();
                        continue;
                    }
                    if (rows.size() == maxRows) {
                        throw new TooManyRowsException(maxRows);
                    }
                    rows.add(new Row((int) lineAfterPrevious + 1, r.toList()));
                    lineAfterPrevious = parser.getCurrentLineNumber();
                }
                return new CsvTable(List.copyOf(headers), rows);
            }
        } catch (IOException e) {
            throw new FormatException(0, e.getMessage());
        }
    }

    /** More data rows than allowed. */
    public static final class TooManyRowsException extends Exception {
        private final int max;

        TooManyRowsException(int max) {
            super("more than " + max + " lines");
            this.max = max;
        }

        public int max() {
            return max;
        }
    }

    /** Commons CSV reads the next record ahead, in {@code hasNext}: that is where a bad record fails. */
    private static boolean hasNext(Iterator<CSVRecord> it, long lineAfterPrevious) throws FormatException {
        try {
            return it.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getMessage();
            String kind = why == null ? null
                    : why.contains("EOF reached before encapsulated token finished") ? UNCLOSED_QUOTE
                    : why.contains("Invalid character between encapsulated token and delimiter") ? TEXT_AFTER_QUOTE
                    : why;
            throw new FormatException((int) lineAfterPrevious + 1, kind);
        }
    }

    /** The message of a {@link FormatException} for a quote opened and never closed (the usual mistake). */
    public static final String UNCLOSED_QUOTE = "unclosed quote";
    /** The message of a {@link FormatException} for a quoted cell followed by more text before the delimiter. */
    public static final String TEXT_AFTER_QUOTE = "text after a closing quote";

    static char delimiter(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** "Date de naissance", "date_de_naissance" and "DATE-DE-NAISSANCE" give one key: date_de_naissance. */
    public static String key(String header) {
        if (header == null) {
            return "";
        }
        String plain = Normalizer.normalize(header.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    public List<String> headers() {
        return headers;
    }

    public List<Row> rows() {
        return rows;
    }
}
