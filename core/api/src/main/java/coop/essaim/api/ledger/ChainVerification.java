package coop.essaim.api.ledger;

/**
 * The outcome of recomputing a cooperative's hash chain: {@code entriesChecked} entries in chain order, and
 * when the chain is broken the first entry that does not match ({@code firstBrokenEntryId}, its
 * {@code firstBrokenReference} such as {@code SALES-2026-000042}) and why, in the user's language.
 */
public record ChainVerification(long cooperativeId, long entriesChecked, Long firstBrokenEntryId,
                                String firstBrokenReference, String reason) {

    public boolean intact() {
        return firstBrokenEntryId == null && reason == null;
    }
}
