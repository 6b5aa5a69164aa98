package coop.essaim.kernel.ledger;

import jakarta.persistence.EntityManager;

/**
 * The cooperative's chain lock for work beside the ledger that must not interleave with posts (lettering
 * reads the codes given at post time and the postings' matches, then writes its own): posts and such work of
 * one cooperative then run one at a time.
 */
public final class ChainLock {

    private ChainLock() {
    }

    /** Holds the lock until the transaction ends; false when the cooperative has never posted (nothing to lock). */
    public static boolean take(EntityManager em, long cooperativeId) {
        return ChainHead.lock(em, cooperativeId).isPresent();
    }
}
