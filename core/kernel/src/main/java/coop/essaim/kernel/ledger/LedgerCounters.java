package coop.essaim.kernel.ledger;

import jakarta.persistence.EntityManager;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The numbering per (cooperative, journal, fiscal year) and the closed-period limit. Callers hold the
 * cooperative's {@link ChainHead} lock, so a counter row is created and incremented by one post at a time:
 * numbers are never skipped (a rolled-back post rolls its increment back too) nor repeated.
 */
final class LedgerCounters {

    private LedgerCounters() {
    }

    /** The next number of the journal in the fiscal year, 1 for its first entry. */
    static long nextNumber(EntityManager em, long cooperativeId, String journal, int fiscalYear) {
        int rows = em.createNativeQuery("UPDATE LEDGER_NUMBERING SET LAST_NUMBER = LAST_NUMBER + 1"
                        + " WHERE COOPERATIVE_ID = ? AND JOURNAL_CODE = ? AND FISCAL_YEAR = ?")
                .setParameter(1, cooperativeId).setParameter(2, journal).setParameter(3, fiscalYear).executeUpdate();
        if (rows == 0) {
            em.createNativeQuery("INSERT INTO LEDGER_NUMBERING (COOPERATIVE_ID, JOURNAL_CODE, FISCAL_YEAR, LAST_NUMBER)"
                            + " VALUES (?, ?, ?, 1)")
                    .setParameter(1, cooperativeId).setParameter(2, journal).setParameter(3, fiscalYear).executeUpdate();
            return 1;
        }
        Object n = em.createNativeQuery("SELECT LAST_NUMBER FROM LEDGER_NUMBERING"
                        + " WHERE COOPERATIVE_ID = ? AND JOURNAL_CODE = ? AND FISCAL_YEAR = ?")
                .setParameter(1, cooperativeId).setParameter(2, journal).setParameter(3, fiscalYear).getSingleResult();
        return ((Number) n).longValue();
    }

    /** The last number given in the journal and fiscal year; empty when it has none yet. */
    static java.util.OptionalLong lastNumber(EntityManager em, long cooperativeId, String journal, int fiscalYear) {
        var rows = em.createNativeQuery("SELECT LAST_NUMBER FROM LEDGER_NUMBERING"
                        + " WHERE COOPERATIVE_ID = ? AND JOURNAL_CODE = ? AND FISCAL_YEAR = ?")
                .setParameter(1, cooperativeId).setParameter(2, journal).setParameter(3, fiscalYear).getResultList();
        return rows.isEmpty() ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(((Number) rows.get(0)).longValue());
    }

    /** Moves the counter to {@code last}, creating it when {@code existed} is false (a batch, at its end). */
    static void setLastNumber(EntityManager em, long cooperativeId, String journal, int fiscalYear, long last,
                              boolean existed) {
        String sql = existed
                ? "UPDATE LEDGER_NUMBERING SET LAST_NUMBER = ? WHERE COOPERATIVE_ID = ? AND JOURNAL_CODE = ? AND FISCAL_YEAR = ?"
                : "INSERT INTO LEDGER_NUMBERING (LAST_NUMBER, COOPERATIVE_ID, JOURNAL_CODE, FISCAL_YEAR) VALUES (?, ?, ?, ?)";
        em.createNativeQuery(sql).setParameter(1, last).setParameter(2, cooperativeId).setParameter(3, journal)
                .setParameter(4, fiscalYear).executeUpdate();
    }

    static Optional<LocalDate> closedThrough(EntityManager em, long cooperativeId) {
        Object d = em.createNativeQuery("SELECT MAX(CLOSED_THROUGH) FROM LEDGER_PERIOD_CLOSING WHERE COOPERATIVE_ID = ?")
                .setParameter(1, cooperativeId).getSingleResult();
        if (d == null) {
            return Optional.empty();
        }
        return Optional.of(d instanceof Date sql ? sql.toLocalDate() : (LocalDate) d);
    }

    static void close(EntityManager em, long cooperativeId, LocalDate through, String by, Instant at) {
        em.createNativeQuery("INSERT INTO LEDGER_PERIOD_CLOSING (COOPERATIVE_ID, CLOSED_THROUGH, CLOSED_BY, CLOSED_AT)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, cooperativeId).setParameter(2, Date.valueOf(through)).setParameter(3, by)
                .setParameter(4, Timestamp.valueOf(coop.essaim.kernel.cooperative.Timestamps.toColumn(at)))
                .executeUpdate();
    }
}
