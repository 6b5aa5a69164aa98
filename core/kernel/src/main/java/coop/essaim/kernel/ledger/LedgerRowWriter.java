package coop.essaim.kernel.ledger;

import coop.essaim.kernel.cooperative.Timestamps;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.eclipse.persistence.sessions.Session;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

/**
 * Writes a {@link LedgerBatch}'s entries and postings as JDBC batches on the connection of the batch's own
 * transaction, so they commit or roll back with it: a journal import inserts hundreds of thousands of rows, and
 * building, persisting and flushing one managed object per row took about a quarter of its CPU time. The rows
 * are exactly those {@link LedgerEntryEntity} and {@link LedgerPostingEntity} map, and their ids come from
 * EclipseLink's own sequencing (the tables' sequences, preallocated by 50), the very allocator that gives the
 * ids of the entities persisted elsewhere, so the two can never hand out the same id.
 */
final class LedgerRowWriter implements AutoCloseable {

    private static final String ENTRY = "INSERT INTO LEDGER_ENTRY (ID, COOPERATIVE_ID, CHAIN_SEQ, JOURNAL_CODE,"
            + " FISCAL_YEAR, ENTRY_NUMBER, ENTRY_DATE, PIECE_REF, PIECE_DATE, ENTRY_LABEL, IDEMPOTENCY_KEY,"
            + " REVERSES_ENTRY_ID, ENTRY_HASH, PREVIOUS_HASH, CREATED_AT, CREATED_BY)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String POSTING = "INSERT INTO LEDGER_POSTING (ID, ENTRY_ID, COOPERATIVE_ID, LINE_NO,"
            + " ENTRY_DATE, ACCOUNT_CODE, ACTIVITY_ID, DEBIT_MINOR, CREDIT_MINOR, CURRENCY, THIRD_PARTY, LETTERING)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Session session;
    private final PreparedStatement entries;
    private final PreparedStatement postings;
    private final Timestamp createdAt;
    private final String createdBy;

    /** Opens the statements on {@code em}'s transaction, after writing out what the persistence context holds. */
    LedgerRowWriter(EntityManager em, Instant createdAt, String createdBy) {
        em.flush();
        this.session = em.unwrap(Session.class);
        Connection connection = em.unwrap(Connection.class);
        this.createdAt = Timestamp.valueOf(Timestamps.toColumn(createdAt));
        this.createdBy = createdBy;
        try {
            this.entries = connection.prepareStatement(ENTRY);
            try {
                this.postings = connection.prepareStatement(POSTING);
            } catch (SQLException e) {
                entries.close();
                throw e;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Queues the entry and its lines; returns the entry's id. */
    long add(EntryContent c, String hash) {
        long id = nextId(LedgerEntryEntity.class);
        try {
            entries.setLong(1, id);
            entries.setLong(2, c.cooperativeId());
            entries.setLong(3, c.chainSeq());
            entries.setString(4, c.journal());
            entries.setInt(5, c.fiscalYear());
            entries.setLong(6, c.number());
            Date date = Date.valueOf(c.date());
            entries.setDate(7, date);
            text(entries, 8, c.pieceReference());
            if (c.pieceDate() == null) {
                entries.setNull(9, Types.DATE);
            } else {
                entries.setDate(9, Date.valueOf(c.pieceDate()));
            }
            entries.setString(10, c.label());
            entries.setString(11, c.idempotencyKey());
            if (c.reversesEntryId() == null) {
                entries.setNull(12, Types.BIGINT);
            } else {
                entries.setLong(12, c.reversesEntryId());
            }
            entries.setString(13, hash);
            entries.setString(14, c.previousHash());
            entries.setTimestamp(15, createdAt);
            entries.setString(16, createdBy);
            entries.addBatch();
            for (EntryContent.Line l : c.lines()) {
                postings.setLong(1, nextId(LedgerPostingEntity.class));
                postings.setLong(2, id);
                postings.setLong(3, c.cooperativeId());
                postings.setInt(4, l.lineNo());
                postings.setDate(5, date);
                postings.setString(6, l.accountCode());
                postings.setLong(7, l.activityId());
                postings.setLong(8, l.debitMinor());
                postings.setLong(9, l.creditMinor());
                postings.setString(10, l.currency());
                text(postings, 11, l.thirdParty());
                text(postings, 12, l.lettering());
                postings.addBatch();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return id;
    }

    /** Sends what is queued: the entries first, as the postings refer to them. */
    void execute() {
        try {
            entries.executeBatch();
            postings.executeBatch();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try (PreparedStatement e = entries; PreparedStatement p = postings) {
            // both closed, the second even when the first fails
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private long nextId(Class<?> entity) {
        return ((Number) session.getNextSequenceNumberValue(entity)).longValue();
    }

    private static void text(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }

    private static PersistenceException failed(SQLException e) {
        SQLException next = e.getNextException();
        return new PersistenceException("ledger rows not written: " + e.getMessage()
                + (next == null ? "" : " (" + next.getMessage() + ")"), e);
    }
}
