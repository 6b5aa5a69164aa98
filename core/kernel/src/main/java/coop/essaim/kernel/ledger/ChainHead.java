package coop.essaim.kernel.ledger;

import coop.essaim.api.persistence.ModuleStore;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The row of LEDGER_CHAIN_HEAD that serialises a cooperative's posts: the last chain position and hash.
 * {@link #lock} takes its row lock with an UPDATE rather than a SELECT ... FOR UPDATE because Derby, at
 * READ COMMITTED, may release the lock of a row read for update before the transaction ends, while the lock
 * of an updated row is held until commit on both databases. Everything numbered or chained afterwards in
 * the same transaction is therefore decided by one post at a time.
 */
final class ChainHead {

    private static final Logger LOG = LoggerFactory.getLogger(ChainHead.class);

    record State(long lastSeq, String lastHash) {
    }

    private ChainHead() {
    }

    /** Locks the head until the transaction ends; empty when the cooperative has never posted. */
    static Optional<State> lock(EntityManager em, long cooperativeId) {
        int rows = em.createNativeQuery("UPDATE LEDGER_CHAIN_HEAD SET LAST_SEQ = LAST_SEQ WHERE COOPERATIVE_ID = ?")
                .setParameter(1, cooperativeId).executeUpdate();
        if (rows == 0) {
            return Optional.empty();
        }
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT LAST_SEQ, LAST_HASH FROM LEDGER_CHAIN_HEAD WHERE COOPERATIVE_ID = ?")
                .setParameter(1, cooperativeId).getSingleResult();
        return Optional.of(new State(((Number) row[0]).longValue(), ((String) row[1]).trim()));
    }

    /** The head without locking it (the chain check compares it with the entries). */
    static Optional<State> read(EntityManager em, long cooperativeId) {
        var rows = em.createNativeQuery("SELECT LAST_SEQ, LAST_HASH FROM LEDGER_CHAIN_HEAD WHERE COOPERATIVE_ID = ?")
                .setParameter(1, cooperativeId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new State(((Number) row[0]).longValue(), ((String) row[1]).trim()));
    }

    /**
     * Creates the head of a cooperative's first post in its own transaction. Two first posts may race
     * here: the loser's insert fails on the primary key, which is fine since the row now exists.
     */
    static void create(ModuleStore store, long cooperativeId) {
        try {
            store.run(em -> em.createNativeQuery(
                            "INSERT INTO LEDGER_CHAIN_HEAD (COOPERATIVE_ID, LAST_SEQ, LAST_HASH) VALUES (?, 0, ?)")
                    .setParameter(1, cooperativeId).setParameter(2, EntryHash.GENESIS).executeUpdate());
        } catch (RuntimeException e) {
            LOG.debug("cooperative {}: chain head created concurrently ({})", cooperativeId, e.getMessage());
        }
    }

    /** Moves the locked head to the entry just inserted. */
    static void advance(EntityManager em, long cooperativeId, long seq, String hash) {
        em.createNativeQuery("UPDATE LEDGER_CHAIN_HEAD SET LAST_SEQ = ?, LAST_HASH = ? WHERE COOPERATIVE_ID = ?")
                .setParameter(1, seq).setParameter(2, hash).setParameter(3, cooperativeId).executeUpdate();
    }
}
