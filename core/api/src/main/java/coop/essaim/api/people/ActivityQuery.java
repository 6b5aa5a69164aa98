package coop.essaim.api.people;

/**
 * Filters of the activities list; a null filter does not filter. {@code personId} keeps the activities the person
 * is or was a member of; {@code search} matches part of the name, brand, trade or analytic code, in any case.
 * {@code offset} and {@code limit} cut the page (limit 1 to 500), sorted by name.
 */
public record ActivityQuery(Long personId, ActivityStatus status, String search, int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public ActivityQuery {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset >= 0 and limit 1.." + MAX_LIMIT);
        }
    }

    public static ActivityQuery all(int offset, int limit) {
        return new ActivityQuery(null, null, null, offset, limit);
    }
}
