package coop.essaim.countryfr.internal.fec;

import coop.essaim.api.ledger.FiscalYear;
import coop.essaim.api.money.Money;
import coop.essaim.countryfr.internal.fec.FecProblem.Code;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static coop.essaim.countryfr.internal.fec.FecColumn.CREDIT;
import static coop.essaim.countryfr.internal.fec.FecColumn.DATE_LET;
import static coop.essaim.countryfr.internal.fec.FecColumn.DEBIT;
import static coop.essaim.countryfr.internal.fec.FecColumn.ECRITURE_DATE;
import static coop.essaim.countryfr.internal.fec.FecColumn.MONTANT_DEVISE;
import static coop.essaim.countryfr.internal.fec.FecColumn.PIECE_DATE;
import static coop.essaim.countryfr.internal.fec.FecColumn.VALID_DATE;

/**
 * Checks a FEC, ours or another tool's, against article A47 A-1 LPF and names each violation with its line and
 * column. The file is read one line at a time: what it keeps is the entry being read and the last number of each
 * journal, so a file of a million lines goes through in constant memory. The separator is the tab, or the pipe
 * when the header line uses it (the law allows both). Lines of an entry (same JournalCode and EcritureNum) are
 * expected together, as every tool writes them.
 */
public final class FecChecker {

    /** The most problems a report lists; the rest are counted. */
    public static final int MAX_PROBLEMS = 1000;

    private final List<FecProblem> problems = new ArrayList<>();
    private long more;
    private long lines;
    private long debit;
    private long credit;
    private FiscalYear year;
    private FecEntryRun entries;

    private FecChecker() {
    }

    /**
     * The report on the file {@code in} (UTF-8 text; not closed). {@code fileName}, when given, must be
     * SIRENFECyyyyMMdd; {@code year}, when given, is the fiscal year the entries must be dated in, otherwise the
     * one ending on the closing date of a well-formed name, otherwise the dates are not compared to a year.
     */
    public static FecReport check(Reader in, String fileName, FiscalYear year) throws IOException {
        FecChecker checker = new FecChecker();
        checker.year = year;
        checker.checkName(fileName);
        checker.entries = new FecEntryRun(checker::report);
        checker.read(in instanceof BufferedReader b ? b : new BufferedReader(in, 64 * 1024));
        return new FecReport(checker.problems.isEmpty() && checker.more == 0, checker.problems, checker.more,
                checker.lines, checker.entries.count(), Money.of(checker.debit, "EUR"), Money.of(checker.credit, "EUR"));
    }

    private void checkName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return;
        }
        var closing = FecFileName.closing(fileName);
        if (closing.isEmpty()) {
            report(FecProblem.of(Code.FILE_NAME, 0, null, "fec.check.fileName", fileName.strip()));
        } else if (year != null && !closing.get().equals(year.end())) {
            report(FecProblem.of(Code.FILE_NAME, 0, null, "fec.check.fileNameDate", closing.get(), year.end()));
        } else if (year == null) {
            LocalDate end = closing.get();
            year = new FiscalYear(end.plusDays(1).minusYears(1).getYear(), end.plusDays(1).minusYears(1), end);
        }
    }

    private void read(BufferedReader in) throws IOException {
        String header = in.readLine();
        if (header == null) {
            report(FecProblem.of(Code.EMPTY_FILE, 0, null, "fec.check.empty"));
            return;
        }
        header = header.startsWith("\ufeff") ? header.substring(1) : header;
        char separator = header.indexOf('\t') < 0 && header.indexOf('|') >= 0 ? '|' : '\t';
        checkHeader(header.split(separator == '|' ? "\\|" : "\t", -1));
        CSVFormat format = CSVFormat.TDF.builder().setDelimiter(separator).setQuote(null).setEscape(null)
                .setIgnoreEmptyLines(false).setTrim(false).setIgnoreSurroundingSpaces(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                lines++;
                checkLine(record, record.getRecordNumber() + 1);
            }
        }
        entries.end();
    }

    private void checkHeader(String[] titles) {
        for (int i = 0; i < Math.max(titles.length, FecColumn.HEADER.size()); i++) {
            String found = i < titles.length ? titles[i].strip() : "";
            String expected = i < FecColumn.HEADER.size() ? FecColumn.HEADER.get(i) : "";
            if (!found.equals(expected)) {
                report(FecProblem.of(Code.HEADER, 1, expected.isEmpty() ? null : expected, "fec.check.header", i + 1,
                        found, expected));
                return;
            }
        }
    }

    private void checkLine(CSVRecord record, long line) {
        if (record.size() != FecColumn.values().length) {
            report(FecProblem.of(Code.COLUMN_COUNT, line, null, "fec.check.columns", record.size()));
            return;
        }
        for (FecColumn c : FecColumn.values()) {
            if (c.mandatory() && record.get(c.index()).isBlank()) {
                report(FecProblem.of(Code.MISSING_FIELD, line, c.title(), "fec.check.missing", c.title()));
            }
        }
        LocalDate date = date(record, ECRITURE_DATE, line);
        date(record, PIECE_DATE, line);
        date(record, VALID_DATE, line);
        date(record, DATE_LET, line);
        if (date != null && year != null && !year.contains(date)) {
            report(FecProblem.of(Code.OUTSIDE_FISCAL_YEAR, line, ECRITURE_DATE.title(), "fec.check.outside", date,
                    year.start(), year.end()));
        }
        long d = amount(record, DEBIT, line);
        long c = amount(record, CREDIT, line);
        if (d > 0 && c > 0) {
            report(FecProblem.of(Code.DEBIT_AND_CREDIT, line, DEBIT.title(), "fec.check.debitAndCredit",
                    FecText.amount(d), FecText.amount(c)));
        } else if (d == 0 && c == 0) {
            report(FecProblem.of(Code.NO_AMOUNT, line, DEBIT.title(), "fec.check.noAmount"));
        }
        String foreign = record.get(MONTANT_DEVISE.index()).strip();
        if (!foreign.isEmpty() && !FecText.isSignedAmount(foreign)) {
            report(FecProblem.of(Code.BAD_AMOUNT, line, MONTANT_DEVISE.title(), "fec.check.amount",
                    MONTANT_DEVISE.title(), foreign));
        }
        debit = total(debit, d, DEBIT, line);
        credit = total(credit, c, CREDIT, line);
        entries.line(line, record.get(FecColumn.JOURNAL_CODE.index()).strip(),
                record.get(FecColumn.ECRITURE_NUM.index()).strip(), d, c);
    }

    /**
     * The column's total with the line's amount added; a file whose amounts add up beyond a long of cents (absurd
     * amounts, each well written) is reported on the line where the total passes it, and the total stays as it was.
     */
    private long total(long sum, long amount, FecColumn column, long line) {
        if (amount <= 0) {
            return sum;
        }
        try {
            return Math.addExact(sum, amount);
        } catch (ArithmeticException beyond) {
            report(FecProblem.of(Code.BAD_AMOUNT, line, column.title(), "fec.check.tooLarge", column.title()));
            return sum;
        }
    }

    /** The date of the column, or null when blank (reported as missing where mandatory) or badly written (reported). */
    private LocalDate date(CSVRecord record, FecColumn column, long line) {
        String text = record.get(column.index()).strip();
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = FecText.parseDate(text);
        if (date == null) {
            report(FecProblem.of(Code.BAD_DATE, line, column.title(), "fec.check.date", column.title(), text));
        }
        return date;
    }

    /** The amount in hundredths; -1 when blank (reported as missing) or badly written (reported). */
    private long amount(CSVRecord record, FecColumn column, long line) {
        String text = record.get(column.index()).strip();
        if (text.isEmpty()) {
            return -1;
        }
        long cents = FecText.parseAmount(text);
        if (cents < 0) {
            report(FecProblem.of(Code.BAD_AMOUNT, line, column.title(), "fec.check.amount", column.title(), text));
        }
        return cents;
    }

    private void report(FecProblem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        } else {
            more++;
        }
    }
}
