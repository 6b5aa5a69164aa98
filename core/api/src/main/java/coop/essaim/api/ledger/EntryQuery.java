package coop.essaim.api.ledger;

import java.time.LocalDate;

/**
 * Which entries to list, in date, journal and number order: every filter is optional (null); {@code from}
 * and {@code to} are inclusive; at most {@code limit} (1 to 500) entries after skipping {@code offset}.
 */
public record EntryQuery(long cooperativeId, JournalCode journal, LocalDate from, LocalDate to, Long activityId,
                         String accountCode, int offset, int limit) {

    public static EntryQuery all(long cooperativeId) {
        return new EntryQuery(cooperativeId, null, null, null, null, null, 0, 500);
    }

    public EntryQuery page(int newOffset, int newLimit) {
        return new EntryQuery(cooperativeId, journal, from, to, activityId, accountCode, newOffset, newLimit);
    }
}
