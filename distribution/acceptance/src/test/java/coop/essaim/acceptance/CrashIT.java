package coop.essaim.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/**
 * The server killed with {@code kill -9} in the middle of a large journal import: after the restart, the books
 * hold either all of the import or none of it, the hash chain verifies, the import's journal is numbered without
 * a gap, and sending the same file again completes it exactly once.
 */
class CrashIT {

    private static final int TRANSACTIONS = 60_000;
    private static final String JOURNAL = "CRASH";
    private static final String IMPORT = "api/v1/ledger/import?source=crash.journal";

    @Test
    void aKilledImportLeavesNothingHalfPostedAndCompletesExactlyOnceWhenSentAgain() throws Exception {
        Path data = RunningEssaim.work("crash").resolve("data");
        String journal;
        long entriesBefore;
        try (RunningEssaim essaim = RunningEssaim.start("demo", "osgi", data, null)) {
            Http http = new Http(essaim.baseUrl());
            String token = http.token("compta", "essaim-compta-demo");
            journal = journal(activityCode(http, token));
            entriesBefore = new Books(http, token).chain().get("entriesChecked").asLong();

            CompletableFuture<HttpResponse<String>> answer = http.postTextAsync(IMPORT, token, "text/plain", journal);
            Thread.sleep(3_000);
            assertTrue(!answer.isDone(), "the import finished within 3 s, before the kill: make it larger. "
                    + (answer.isDone() ? answer.get().body() : ""));
            essaim.kill();
            assertTrue(Http.diedWithServer(answer), "the client saw the connection die with the server");
        }
        try (RunningEssaim again = RunningEssaim.start("demo", "osgi", data, null)) {
            Http http = new Http(again.baseUrl());
            String token = http.token("compta", "essaim-compta-demo");
            Books books = new Books(http, token);
            JsonNode chain = books.chain();
            assertTrue(chain.get("intact").asBoolean(), chain.toString());
            long imported = chain.get("entriesChecked").asLong() - entriesBefore;
            assertTrue(imported == 0 || imported == TRANSACTIONS, "all of the import or none of it, not " + imported);
            assertEquals(imported, books.numbersWithoutGap(JOURNAL), "the journal's numbers are 1.." + imported);

            HttpResponse<String> sent = http.postText(IMPORT, token, "text/plain", journal);
            assertEquals(200, sent.statusCode(), sent.body());
            assertEquals(TRANSACTIONS - imported, Http.json(sent).get("entriesPosted").asLong(), sent.body());
            HttpResponse<String> twice = http.postText(IMPORT, token, "text/plain", journal);
            assertEquals(0, Http.json(twice).get("entriesPosted").asLong(), twice.body());
            assertEquals(TRANSACTIONS, Http.json(twice).get("alreadyPresent").asLong(), twice.body());
            assertEquals(TRANSACTIONS, books.numbersWithoutGap(JOURNAL));
            assertTrue(books.chain().get("intact").asBoolean());
        }
    }

    /** Receipts of one activity, two postings each, dated today so no closed period refuses them. */
    private static String journal(String activity) {
        StringBuilder j = new StringBuilder(TRANSACTIONS * 110);
        LocalDate today = LocalDate.now();
        for (int i = 1; i <= TRANSACTIONS; i++) {
            j.append(today).append(" * (R-").append(i).append(") Règlement ").append(i).append("  ; journal:")
                    .append(JOURNAL).append('\n')
                    .append("    512000:").append(activity).append("   ").append(i % 900 + 1).append(".00 EUR\n")
                    .append("    411000:").append(activity).append('\n');
        }
        return j.toString();
    }

    private static String activityCode(Http http, String token) throws Exception {
        HttpResponse<String> r = http.get("api/v1/activities?status=active&limit=5", token);
        assertEquals(200, r.statusCode(), r.body());
        for (JsonNode a : Http.json(r).get("items")) {
            if (!"STRUCTURE".equals(a.get("analyticCode").asText())) {
                return a.get("analyticCode").asText();
            }
        }
        throw new AssertionError("the demo has no member activity: " + r.body());
    }
}
