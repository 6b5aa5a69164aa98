package coop.essaim.bench;

import coop.essaim.api.cooperative.NewCooperative;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.EstablishmentDetails;
import coop.essaim.api.people.ImportMode;
import coop.essaim.api.people.ImportReport;
import coop.essaim.api.people.People;
import coop.essaim.api.people.PeopleImport;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.UserContext;
import coop.essaim.host.pf4j.EmbeddedHost;
import coop.essaim.kernel.host.LaunchOptions;
import coop.essaim.kernel.setup.FirstRunSetup;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./essaim bench people}: N members (20,000 by default) imported through the people CSV import into a
 * fresh embedded server, each with a path (reception, support agreement, some salaried, associate or left),
 * then the people list timed as a user gets it: the HTML page {@code /people} over HTTP after logging in,
 * unfiltered and filtered, and the service call under it. Medians of 20 requests after 5 of warm-up.
 */
public final class PeopleBench {

    private static final int WARM_UP = 5;
    private static final int RUNS = 20;

    public static void main(String[] args) throws Exception {
        int count = args.length > 1 && args[0].equals("--people") ? Integer.parseInt(args[1]) : 20_000;
        Path home = Files.createTempDirectory("essaim-bench-people-");
        Path plugins = Path.of(System.getProperty("essaim.bench.plugins"));
        EmbeddedHost.Builder b = EmbeddedHost.configure(new LaunchOptions(home, home.resolve("data"), 0,
                "127.0.0.1", false)).withoutWatching();
        try (var jars = Files.list(plugins)) {
            jars.filter(p -> p.toString().endsWith(".jar")).forEach(b::plugin);
        }
        EmbeddedHost host = b.start();
        try {
            UserContext admin = host.kernel().setup().createFirstCooperative(new NewCooperative("Coopérative Banc",
                    "Banc", "SCOP_SA", "FR", "EUR", 1, "fr"), new FirstRunSetup.NewAdministrator("bench", "Bench",
                    "bench@essaim.invalid", "bench-password-not-secret".toCharArray()));
            People people = host.kernel().service(People.class);
            people.createEstablishment(admin, new EstablishmentDetails("Lyon", Address.NONE));
            people.createEstablishment(admin, new EstablishmentDetails("Villeurbanne", Address.NONE));
            long t0 = System.nanoTime();
            ImportReport report = host.kernel().service(PeopleImport.class).importPeople(admin,
                    new StringReader(population(count)), ImportMode.ALL_OR_NOTHING);
            if (!report.written()) {
                throw new IllegalStateException("population refused: " + report.problems().subList(0,
                        Math.min(5, report.problems().size())));
            }
            LedgerBench.report("people import: %,d members with their path", LedgerBench.ms(t0), report.imported());

            time("service: first page of 25, all %,d people", () -> people.list(admin, PersonQuery.all(0, 25)), count);
            time("service: salaried, site Lyon", () -> people.list(admin, PersonQuery.all(0, 25)
                    .withStatus("salaried").withEstablishment(people.establishments(admin).get(0).id())), 0);
            time("service: search \"dupont 1\"", () -> people.list(admin, PersonQuery.all(0, 25)
                    .withSearch("dupont 1")), 0);
            time("service: deadline overdue", () -> people.list(admin, PersonQuery.all(0, 25)
                    .withDeadline(coop.essaim.api.people.DeadlineFlag.OVERDUE)), 0);

            String base = host.baseUrl().orElseThrow().replaceAll("/+$", "");
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            logIn(http, base);
            page(http, base + "/people", "page /people, first page of all people");
            page(http, base + "/people?status=salaried", "page /people?status=salaried");
            page(http, base + "/people?q=dupont", "page /people?q=dupont");
        } finally {
            host.close();
        }
    }

    /** Deterministic members: names, sites, trades, and a path whose stage depends on the seeded draw. */
    static String population(int count) {
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder csv = new StringBuilder("given_name,family_name,email,site,trades,reception,support_agreement,"
                + "support_agreement_end,salaried,associate,exit,exit_reason\n");
        String[] families = {"Dupont", "Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon"};
        String[] trades = {"couture", "graphisme", "conseil", "développement web", "menuiserie", "traduction"};
        LocalDate today = LocalDate.now();
        for (int i = 0; i < count; i++) {
            LocalDate reception = today.minusDays(60 + random.nextInt(365 * 6));
            LocalDate agreement = reception.plusDays(20);
            int stage = random.nextInt(5);
            csv.append("Membre").append(i).append(',').append(families[i % families.length]).append(' ').append(i)
                    .append(",m").append(i).append("@bench.invalid,").append(i % 3 == 0 ? "Villeurbanne" : "Lyon")
                    .append(',').append(trades[i % trades.length]).append(',').append(reception).append(',')
                    .append(agreement).append(',').append(agreement.plusYears(1)).append(',');
            LocalDate salaried = agreement.plusDays(90);
            boolean isSalaried = stage >= 1 && !salaried.isAfter(today);
            csv.append(isSalaried ? salaried.toString() : "").append(',');
            csv.append(stage >= 2 && isSalaried && !salaried.plusYears(1).isAfter(today)
                    ? salaried.plusYears(1).toString() : "").append(',');
            boolean left = stage == 4 && isSalaried && !salaried.plusYears(2).isAfter(today);
            csv.append(left ? salaried.plusYears(2).toString() : "").append(',').append(left ? "employment" : "")
                    .append('\n');
        }
        return csv.toString();
    }

    private static void time(String label, Supplier<?> call, Object... args) {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long t0 = System.nanoTime();
            call.get();
            if (i >= WARM_UP) {
                micros.add((System.nanoTime() - t0) / 1000);
            }
        }
        LedgerBench.report(String.format(Locale.ROOT, "%-60s median %,6d ms, max %,6d ms", String.format(label, args),
                median(micros) / 1000, micros.stream().mapToLong(Long::longValue).max().orElse(0) / 1000), 0);
    }

    private static void logIn(HttpClient http, String base) throws Exception {
        String login = http.send(get(base + "/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(login);
        if (!action.find()) {
            throw new IllegalStateException("no login form on " + base + "/login");
        }
        URI post = URI.create(base + "/login").resolve(action.group(1).replace("&amp;", "&"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(post).header("Sec-Fetch-Site", "same-origin")
                .header("Origin", base).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=bench&password=bench-password-not-secret")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.body().contains("id=\"password\"")) {
            throw new IllegalStateException("the bench user could not log in (" + r.statusCode() + ")");
        }
    }

    private static void page(HttpClient http, String url, String label) throws Exception {
        List<Long> micros = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(get(url), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().contains("<table")) {
                throw new IllegalStateException(url + " answered " + r.statusCode());
            }
            bytes = r.body().length();
            if (i >= WARM_UP) {
                micros.add((System.nanoTime() - t0) / 1000);
            }
        }
        LedgerBench.report(String.format(Locale.ROOT, "%-60s median %,6d ms, max %,6d ms (%,d kB)", label,
                median(micros) / 1000, micros.stream().mapToLong(Long::longValue).max().orElse(0) / 1000,
                bytes / 1000), 0);
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Sec-Fetch-Site", "same-origin").GET().build();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
