package coop.essaim.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;

/** What the crash tests read of the books through the API: the hash chain and a journal's numbering. */
final class Books {

    private static final int PAGE = 500;

    private final Http http;
    private final String token;

    Books(Http http, String token) {
        this.http = http;
        this.token = token;
    }

    /** {@code GET ledger/verify}: {@code intact}, {@code entriesChecked}... */
    JsonNode chain() throws Exception {
        HttpResponse<String> r = http.get("api/v1/ledger/verify", token);
        assertEquals(200, r.statusCode(), r.body());
        return Http.json(r);
    }

    /** Reads the journal's entries page by page and checks their numbers run 1, 2, 3...; returns how many. */
    long numbersWithoutGap(String journal) throws Exception {
        long expected = 1;
        for (int offset = 0; ; offset += PAGE) {
            JsonNode items = entries(journal, offset, PAGE);
            for (JsonNode e : items) {
                assertEquals(expected, e.get("number").asLong(), "numbering gap at " + e.get("reference"));
                expected++;
            }
            if (items.size() < PAGE) {
                return expected - 1;
            }
        }
    }

    /** Whether the journal holds more than {@code count} entries. */
    boolean holdsMoreThan(String journal, long count) throws Exception {
        return !entries(journal, count, 1).isEmpty();
    }

    private JsonNode entries(String journal, long offset, int limit) throws Exception {
        HttpResponse<String> r = http.get("api/v1/ledger/entries?journal=" + journal + "&limit=" + limit
                + "&offset=" + offset, token);
        assertEquals(200, r.statusCode(), r.body());
        return Http.json(r).get("items");
    }
}
