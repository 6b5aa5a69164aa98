package coop.essaim.countryfr.internal.fec;

import coop.essaim.countryfr.internal.fec.FecProblem.Code;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The entry the checker is reading (the run of lines with one JournalCode and EcritureNum) and the last number of
 * each journal: an entry must balance when its last line is read, and each journal's numbers (the digits that end
 * EcritureNum) must follow each other by one, in the order of the file.
 */
final class FecEntryRun {

    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d{1,18})$");

    private final Consumer<FecProblem> report;
    private final Map<String, Long> lastNumber = new HashMap<>();
    private long count;
    private String journal;
    private String number;
    private long firstLine;
    private long debit;
    private long credit;
    private boolean amountsReadable;

    FecEntryRun(Consumer<FecProblem> report) {
        this.report = report;
    }

    /** A line of well-formed columns; {@code debit} or {@code credit} is -1 when unreadable or blank. */
    void line(long line, String journalCode, String ecritureNum, long lineDebit, long lineCredit) {
        if (!journalCode.equals(journal) || !ecritureNum.equals(number)) {
            end();
            start(line, journalCode, ecritureNum);
        }
        amountsReadable &= lineDebit >= 0 && lineCredit >= 0;
        try {
            debit = Math.addExact(debit, Math.max(lineDebit, 0));
            credit = Math.addExact(credit, Math.max(lineCredit, 0));
        } catch (ArithmeticException beyond) {
            amountsReadable = false; // the file's total passed it first, and is reported
        }
    }

    /** Closes the entry being read: the last line of the file, or the first of another entry, has been read. */
    void end() {
        if (journal != null && amountsReadable && debit != credit) {
            report.accept(FecProblem.of(Code.UNBALANCED_ENTRY, firstLine, FecColumn.ECRITURE_NUM.title(),
                    "fec.check.unbalanced", number, journal, FecText.amount(debit), FecText.amount(credit)));
        }
        journal = null;
        number = null;
    }

    long count() {
        return count;
    }

    private void start(long line, String journalCode, String ecritureNum) {
        count++;
        journal = journalCode;
        number = ecritureNum;
        firstLine = line;
        debit = 0;
        credit = 0;
        amountsReadable = true;
        if (journalCode.isEmpty() || ecritureNum.isEmpty()) {
            return; // reported as missing
        }
        var digits = TRAILING_NUMBER.matcher(ecritureNum);
        if (!digits.find()) {
            report.accept(FecProblem.of(Code.BAD_NUMBER, line, FecColumn.ECRITURE_NUM.title(), "fec.check.number",
                    ecritureNum));
            return;
        }
        long n = Long.parseLong(digits.group(1));
        Long last = lastNumber.get(journalCode);
        if (last != null && n <= last) {
            report.accept(FecProblem.of(Code.NUMBER_OUT_OF_ORDER, line, FecColumn.ECRITURE_NUM.title(),
                    "fec.check.outOfOrder", journalCode, n, last));
            return;
        }
        if (last != null && n > last + 1) {
            report.accept(FecProblem.of(Code.NUMBER_GAP, line, FecColumn.ECRITURE_NUM.title(), "fec.check.gap",
                    journalCode, n, last + 1));
        }
        lastNumber.put(journalCode, n);
    }
}
