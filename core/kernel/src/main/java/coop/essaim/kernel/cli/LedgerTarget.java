package coop.essaim.kernel.cli;

import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.ChainVerification;
import coop.essaim.api.ledger.JournalExport;
import coop.essaim.api.ledger.JournalImportResult;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Map;

/**
 * What {@code essaim ledger} does to an installation's books, whatever carries it: {@link LocalLedgerTarget}
 * opens the data folder of a stopped server; a client of a running server's {@code /api/v1/ledger} is the
 * other transport. Each call acts for the installation's operator in one cooperative, with the ledger's own
 * permission checks and errors ({@code ValidationException}, {@code AccessDeniedException}).
 */
public interface LedgerTarget extends AutoCloseable {

    JournalImportResult importJournal(long cooperativeId, String sourceName, Reader in) throws IOException;

    java.util.List<Balance> balances(BalanceQuery query);

    /** Analytic codes of the cooperative's activities by id, to show balances by activity. */
    Map<Long, String> activityCodes(long cooperativeId);

    long export(JournalExport request, Writer out) throws IOException;

    ChainVerification verify(long cooperativeId);

    @Override
    void close();
}
