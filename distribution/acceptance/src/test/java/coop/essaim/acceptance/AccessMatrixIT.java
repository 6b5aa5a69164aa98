package coop.essaim.acceptance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The access-control matrix of the standard distribution with its demo cooperative, generated for every demo
 * login over every API route the installation answers ({@link ApiAccessMatrix}). The matrix it ran is written
 * to {@code target/access-matrix.txt}.
 */
class AccessMatrixIT {

    /** Far more than any demo user's crawl needs, a few addresses of each kind of page: a guard, not a sample. */
    private static final int PAGES_PER_USER = 3000;

    @Test
    void everyRoleIsRefusedWhatItMayNotReachOnEveryRoute() throws Exception {
        Path data = RunningEssaim.work("access-matrix").resolve("data");
        try (RunningEssaim essaim = RunningEssaim.start("demo", "osgi", data, null)) {
            Http http = new Http(essaim.baseUrl());
            List<DemoUsers.DemoLogin> logins = DemoUsers.all(essaim);
            Map<String, String> tokens = new LinkedHashMap<>();
            String administrator = null;
            for (DemoUsers.DemoLogin login : logins) {
                tokens.put(login.login(), http.token(login.login(), login.password()));
                if (login.role().equals("administrator")) {
                    administrator = login.login();
                }
            }
            assertTrue(administrator != null && tokens.size() >= 6, "the demo prints a login per role: " + logins);

            ApiAccessMatrix api = new ApiAccessMatrix(http, essaim.baseUrl(), tokens, administrator);
            api.everyRouteNeedsAToken();
            api.listEveryCollection();
            api.recordsOutOfReach();

            PageAccessMatrix pages = new PageAccessMatrix(essaim.baseUrl(), PAGES_PER_USER, administrator);
            Map<String, HttpClient> sessions = new LinkedHashMap<>();
            List<PageAccessMatrix.Crawl> crawls = new ArrayList<>();
            for (DemoUsers.DemoLogin login : logins) {
                HttpClient session = pages.login(login.login(), login.password());
                sessions.put(login.login(), session);
                PageAccessMatrix.Crawl crawl = pages.crawl(login.login(), session);
                System.out.println("access matrix: " + login.login() + " reached " + crawl.reached().size()
                        + " addresses, sampled " + crawl.sampledShapes().size() + " kinds of page");
                crawls.add(crawl);
            }
            for (PageAccessMatrix.Crawl crawl : crawls) {
                pages.judge(crawl, sessions.get(crawl.login()), crawls);
            }

            StringBuilder report = new StringBuilder("API routes: " + api.routes().size() + "\n");
            api.counts().forEach((what, n) -> report.append(what).append(": ").append(n).append('\n'));
            for (PageAccessMatrix.Crawl crawl : crawls) {
                report.append(crawl.login()).append(" reached ").append(crawl.reached().size()).append(" addresses")
                        .append(crawl.truncated() ? " (stopped at the limit)" : "").append(", sampled: ")
                        .append(crawl.sampledShapes()).append('\n');
            }
            pages.counts().forEach((what, n) -> report.append(what).append(": ").append(n).append('\n'));
            api.failures().forEach(f -> report.append("FAILED ").append(f).append('\n'));
            pages.failures().forEach(f -> report.append("FAILED ").append(f).append('\n'));
            for (PageAccessMatrix.Crawl crawl : crawls) {
                crawl.reached().forEach((url, status) -> report.append(crawl.login()).append(' ').append(status)
                        .append(' ').append(url).append('\n'));
            }
            Files.writeString(Path.of("target", "access-matrix.txt"), report);
            assertTrue(api.failures().isEmpty() && pages.failures().isEmpty(), report.toString());
            List<String> faults = essaim.faultsLogged();
            assertTrue(faults.isEmpty(), "the crawl left " + faults.size() + " faults in the server's log, first: "
                    + faults.subList(0, Math.min(10, faults.size())));
            assertTrue(api.counts().getOrDefault("reads refused", 0) > 100, report.toString());
            assertTrue(api.counts().getOrDefault("writes refused", 0) > 100, report.toString());
        }
    }
}
