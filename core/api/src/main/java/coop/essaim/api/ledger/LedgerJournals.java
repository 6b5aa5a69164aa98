package coop.essaim.api.ledger;

import coop.essaim.api.security.UserContext;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/**
 * Service: the cooperative's books as plain text, out and in. The export is a journal that hledger (1.25+) and
 * ledger-cli (3.3+) read, so {@code hledger balance} gives the same totals as {@link Ledger#balances}, or a CSV
 * of one row per posting. The import reads the common subset of hledger/ledger journals to migrate history
 * from another tool. Thread-safe; an import is serialised with every other post of the cooperative.
 */
public interface LedgerJournals {

    /**
     * Writes the validated entries of {@code request} (date order) to {@code out}, which it neither closes nor
     * buffers beyond a few entries: a year of postings streams through. Needs {@link LedgerPermissions#READ}
     * (a user restricted to their own activities is refused: an export is the whole books). Returns the number
     * of entries written.
     */
    long export(UserContext user, JournalExport request, Writer out) throws IOException;

    /**
     * Reads a plain-text journal and posts each of its transactions as an entry, all in one database
     * transaction: when any line is wrong, nothing is posted and a {@link JournalImportException} lists every
     * problem of the file with its line number. Each transaction gets an idempotency key derived from its own
     * text, so importing the same file again posts nothing new. Needs {@link LedgerPermissions#POST}.
     */
    JournalImportResult importJournal(UserContext user, JournalImport request, Reader in) throws IOException;
}
