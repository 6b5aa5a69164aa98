package coop.essaim.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/**
 * The server killed with {@code kill -9} in the middle of a monthly payroll run, once while computing and once
 * while validating, for a cooperative of a few thousand salaried members set up through the API as an
 * integration would. After each restart nothing is half-done: an interrupted computation left no run or a whole
 * one; an interrupted validation left the run a draft, the books' chain intact and the payroll journal numbered
 * without a gap; validating again posts each missing payslip once, and a third time posts nothing.
 */
class PayrollCrashIT {

    private static final int MEMBERS = 3_000;
    private static final String MONTH = "2026-12";
    private static final String PAYROLL = "PAYROLL";
    private static final String ADMIN = "admin";
    private static final String ACCOUNTANT = "compta";

    @Test
    void aKilledRunLeavesNothingHalfDoneAndCompletesEachPayslipOnceWhenRunAgain() throws Exception {
        Path data = RunningEssaim.work("payroll-crash").resolve("data");
        Map<Long, Long> members;
        try (RunningEssaim essaim = RunningEssaim.start("demo", "osgi", data, null)) {
            Http http = new Http(essaim.baseUrl());
            members = salariedMembers(http, http.token(ADMIN, password(ADMIN)), http.token(ACCOUNTANT,
                    password(ACCOUNTANT)));
            CompletableFuture<HttpResponse<String>> computing = http.postJsonAsync("api/v1/payroll/runs/compute",
                    http.token(ACCOUNTANT, password(ACCOUNTANT)), monthBody());
            Thread.sleep(1_500);
            assertFalse(computing.isDone(), "the computation ended within 1.5 s, before the kill: more members. "
                    + (computing.isDone() ? computing.get().body() : ""));
            essaim.kill();
            assertTrue(Http.diedWithServer(computing), "the client saw the connection die with the server");
        }

        long payslips;
        long payrollEntriesBefore;
        try (RunningEssaim again = RunningEssaim.start("demo", "osgi", data, null)) {
            Http http = new Http(again.baseUrl());
            String token = http.token(ACCOUNTANT, password(ACCOUNTANT));
            HttpResponse<String> left = http.get("api/v1/payroll/runs?month=" + MONTH, token);
            assertTrue(left.statusCode() == 404 || paidOnce(Http.json(left), members),
                    "an interrupted computation leaves no run or a whole one: " + left.statusCode());
            System.out.println("payroll crash: computation killed after 1.5 s, "
                    + (left.statusCode() == 404 ? "no run left" : "its run left whole"));

            HttpResponse<String> computed = http.postJsonAsync("api/v1/payroll/runs/compute", token, monthBody()).get();
            assertEquals(200, computed.statusCode(), computed.body());
            JsonNode run = Http.json(computed);
            assertTrue(paidOnce(run, members), "one payslip per member set up");
            payslips = run.get("payslips").size();
            Books books = new Books(http, token);
            payrollEntriesBefore = books.numbersWithoutGap(PAYROLL);

            CompletableFuture<HttpResponse<String>> validating = http.postJsonAsync("api/v1/payroll/runs/validate",
                    token, monthBody());
            while (!books.holdsMoreThan(PAYROLL, payrollEntriesBefore)) {
                assertFalse(validating.isDone(), "the validation ended before its first entry was seen: "
                        + (validating.isDone() ? validating.get().body() : ""));
                Thread.sleep(50);
            }
            again.kill();
            assertTrue(Http.diedWithServer(validating), "the client saw the connection die with the server");
        }

        try (RunningEssaim third = RunningEssaim.start("demo", "osgi", data, null)) {
            Http http = new Http(third.baseUrl());
            String token = http.token(ACCOUNTANT, password(ACCOUNTANT));
            Books books = new Books(http, token);
            JsonNode chain = books.chain();
            assertTrue(chain.get("intact").asBoolean(), chain.toString());
            long posted = books.numbersWithoutGap(PAYROLL) - payrollEntriesBefore;
            assertTrue(posted > 0 && posted < payslips, "the kill came during the validation: " + posted + " of "
                    + payslips + " entries posted");
            JsonNode interrupted = run(http, token);
            System.out.println("payroll crash: validation killed after " + posted + " of " + payslips
                    + " entries posted, " + recordedEntries(interrupted) + " recorded on their payslips");
            assertEquals("DRAFT", interrupted.get("status").asText(), "an interrupted validation leaves a draft");
            assertTrue(recordedEntries(interrupted) <= posted, "a payslip records only an entry in the books");

            JsonNode validated = validate(http, token);
            assertEquals("VALIDATED", validated.get("status").asText());
            assertEquals(payslips, recordedEntries(validated), "every payslip has its own entry");
            assertEquals(payrollEntriesBefore + payslips, books.numbersWithoutGap(PAYROLL),
                    "each payslip posted once: the entries posted before the kill were not posted again");

            assertEquals("VALIDATED", validate(http, token).get("status").asText());
            assertEquals(payrollEntriesBefore + payslips, books.numbersWithoutGap(PAYROLL), "a third time posts nothing");
            assertTrue(books.chain().get("intact").asBoolean());
        }
    }

    /**
     * {@link #MEMBERS} members salaried since November with one activity each (people and activities CSV
     * imports), 35 h a week at a loaded 25 € an hour, one sale each in November, and a salary plan smoothed over
     * twelve months from {@link #MONTH}. Returns person id by activity id.
     */
    private static Map<Long, Long> salariedMembers(Http http, String admin, String accountant) throws Exception {
        StringBuilder people = new StringBuilder("given_name,family_name,email,site,reception,support_agreement,"
                + "support_agreement_end,salaried\n");
        StringBuilder activities = new StringBuilder("name,trade,start,analytic_code,members\n");
        StringBuilder sales = new StringBuilder();
        for (int i = 1; i <= MEMBERS; i++) {
            String code = String.format(Locale.ROOT, "PC%04d", i);
            String email = code.toLowerCase(Locale.ROOT) + "@crash.invalid";
            people.append("Membre,").append(code).append(',').append(email)
                    .append(",Villeurbanne,2026-07-01,2026-07-21,2027-07-20,2026-11-02\n");
            activities.append("Activité ").append(code).append(",conseil,2026-11-02,").append(code).append(',')
                    .append(email).append('\n');
            long excl = 6_000 + (i * 37L) % 30_000;
            sales.append("2026-11-10 * (PC-").append(i).append(") Facture ").append(code).append('\n')
                    .append("    411000:").append(code).append("  ").append(excl * 6 / 5).append(".00 EUR\n")
                    .append("    706000:").append(code).append("  -").append(excl).append(".00 EUR\n")
                    .append("    445710:").append(code).append("  -").append(excl / 5).append(".00 EUR\n\n");
        }
        imported(http.postText("api/v1/people/import?kind=people&mode=all", admin, "text/csv", people.toString()));
        imported(http.postText("api/v1/people/import?kind=activities&mode=all", admin, "text/csv",
                activities.toString()));
        HttpResponse<String> booked = http.postText("api/v1/ledger/import?source=payroll-crash.journal", accountant,
                "text/plain", sales.toString());
        assertEquals(200, booked.statusCode(), booked.body());
        assertEquals(MEMBERS, Http.json(booked).get("entriesPosted").asLong(), booked.body());

        Map<Long, Long> members = crashActivities(http, admin);
        assertEquals(MEMBERS, members.size(), "one activity per imported member");
        for (Map.Entry<Long, Long> m : members.entrySet()) {
            created(http.send("POST", "api/v1/people/" + m.getValue() + "/terms", admin, Http.JSON.createObjectNode()
                    .put("validFrom", "2026-11-02").put("hours", "35").put("per", "WEEK").put("details", "CESA")
                    .set("loadedHourlyCost", Http.JSON.createObjectNode().put("amount", "25.00")
                            .put("currency", "EUR")).toString()));
            created(http.send("POST", "api/v1/payroll/plans", accountant, Http.JSON.createObjectNode()
                    .put("activityId", m.getKey()).put("personId", m.getValue()).put("firstMonth", MONTH)
                    .put("months", 12).put("reason", "lissage sur douze mois").toString()));
        }
        return members;
    }

    private static Map<Long, Long> crashActivities(Http http, String admin) throws Exception {
        Map<Long, Long> members = new LinkedHashMap<>();
        for (int offset = 0; ; offset += 500) {
            HttpResponse<String> r = http.get("api/v1/activities?status=active&limit=500&offset=" + offset, admin);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode items = Http.json(r).get("items");
            for (JsonNode a : items) {
                if (a.get("analyticCode").asText().startsWith("PC")) {
                    members.put(a.get("id").asLong(), a.get("memberIds").get(0).asLong());
                }
            }
            if (items.size() < 500) {
                return members;
            }
        }
    }

    /** Whether the run pays each member set up exactly once (the demo's own members are paid in it too). */
    private static boolean paidOnce(JsonNode run, Map<Long, Long> members) {
        Set<Long> paid = new HashSet<>();
        long ours = 0;
        for (JsonNode p : run.get("payslips")) {
            long activity = p.get("activityId").asLong();
            if (members.containsKey(activity)) {
                ours++;
                paid.add(activity);
                assertEquals(members.get(activity).longValue(), p.get("personId").asLong());
            }
        }
        return ours == members.size() && paid.size() == members.size();
    }

    /** The distinct ledger entries the run's payslips say they were posted as. */
    private static long recordedEntries(JsonNode run) {
        Set<Long> entries = new HashSet<>();
        for (JsonNode p : run.get("payslips")) {
            if (p.hasNonNull("entryId")) {
                entries.add(p.get("entryId").asLong());
            }
        }
        return entries.size();
    }

    private static JsonNode run(Http http, String token) throws Exception {
        HttpResponse<String> r = http.get("api/v1/payroll/runs?month=" + MONTH, token);
        assertEquals(200, r.statusCode(), r.body());
        return Http.json(r);
    }

    private static JsonNode validate(Http http, String token) throws Exception {
        HttpResponse<String> r = http.postJsonAsync("api/v1/payroll/runs/validate", token, monthBody()).get();
        assertEquals(200, r.statusCode(), r.body());
        return Http.json(r);
    }

    private static String monthBody() {
        return "{\"month\":\"" + MONTH + "\"}";
    }

    private static String password(String login) {
        return "essaim-" + login + "-demo";
    }

    private static void imported(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Http.json(r).get("written").asBoolean(), r.body());
    }

    private static void created(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
    }
}
