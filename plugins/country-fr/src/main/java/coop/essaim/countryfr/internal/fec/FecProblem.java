package coop.essaim.countryfr.internal.fec;

import java.util.List;

/**
 * One violation the checker found: its {@code code}, the {@code line} of the file (the header is line 1; 0 for the
 * file itself, its name), the {@code column} it concerns (a FEC column name, or null), the message key of the
 * FEC bundle with its arguments, and the message in French and in English.
 */
public record FecProblem(Code code, long line, String column, String messageKey, List<String> arguments,
                         String french, String english) {

    public FecProblem {
        arguments = List.copyOf(arguments);
    }

    public enum Code {
        FILE_NAME, HEADER, COLUMN_COUNT, MISSING_FIELD, BAD_DATE, BAD_AMOUNT, DEBIT_AND_CREDIT, NO_AMOUNT,
        UNBALANCED_ENTRY, NUMBER_GAP, NUMBER_OUT_OF_ORDER, BAD_NUMBER, OUTSIDE_FISCAL_YEAR, EMPTY_FILE
    }

    static FecProblem of(Code code, long line, String column, String key, Object... args) {
        List<String> shown = java.util.Arrays.stream(args).map(String::valueOf).toList();
        Object[] values = shown.toArray();
        return new FecProblem(code, line, column, key, shown, FecMessages.text(FecMessages.FRENCH, key, values),
                FecMessages.text(FecMessages.ENGLISH, key, values));
    }
}
