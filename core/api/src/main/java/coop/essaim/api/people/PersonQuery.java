package coop.essaim.api.people;

/**
 * Filters of the people list; a null filter does not filter. {@code search} matches part of the names,
 * organisation or e-mail, in any case. {@code offset} and {@code limit} cut the page (limit 1 to 500).
 */
public record PersonQuery(String statusCode, Long establishmentId, Long referentUserId, DeadlineFlag deadline,
                          String trade, PersonKind kind, String search, int offset, int limit) {

    public static PersonQuery all(int offset, int limit) {
        return new PersonQuery(null, null, null, null, null, null, null, offset, limit);
    }

    public PersonQuery withStatus(String code) {
        return new PersonQuery(code, establishmentId, referentUserId, deadline, trade, kind, search, offset, limit);
    }

    public PersonQuery withEstablishment(Long id) {
        return new PersonQuery(statusCode, id, referentUserId, deadline, trade, kind, search, offset, limit);
    }

    public PersonQuery withReferent(Long userId) {
        return new PersonQuery(statusCode, establishmentId, userId, deadline, trade, kind, search, offset, limit);
    }

    public PersonQuery withDeadline(DeadlineFlag flag) {
        return new PersonQuery(statusCode, establishmentId, referentUserId, flag, trade, kind, search, offset, limit);
    }

    public PersonQuery withTrade(String word) {
        return new PersonQuery(statusCode, establishmentId, referentUserId, deadline, word, kind, search, offset, limit);
    }

    public PersonQuery withKind(PersonKind k) {
        return new PersonQuery(statusCode, establishmentId, referentUserId, deadline, trade, k, search, offset, limit);
    }

    public PersonQuery withSearch(String text) {
        return new PersonQuery(statusCode, establishmentId, referentUserId, deadline, trade, kind, text, offset, limit);
    }
}
