package coop.essaim.countryfr.internal.fec;

import coop.essaim.api.money.Money;

import java.util.List;

/**
 * What the checker says of a file: {@code valid} when it found nothing wrong; the problems in file order (at most
 * {@link FecChecker#MAX_PROBLEMS}, {@code moreProblems} counting those left out); the totals over the data lines
 * ({@code lines}, the header not counted), the {@code entries} (runs of lines with the same JournalCode and
 * EcritureNum) and the debit and credit of the well-written amounts, in euros.
 */
public record FecReport(boolean valid, List<FecProblem> problems, long moreProblems, long lines, long entries,
                        Money debit, Money credit) {

    public FecReport {
        problems = List.copyOf(problems);
    }
}
