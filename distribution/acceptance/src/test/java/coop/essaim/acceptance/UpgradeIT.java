package coop.essaim.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An installation made by an earlier build, kept as its backup (src/test/resources/upgrade/README.md), upgraded
 * by the current one: restored with {@code bin/essaim restore}, started, every module started on the old data
 * (the migrations added since then applied), the same books to the cent and an intact chain, and the demo's
 * people still able to log in.
 */
class UpgradeIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0.1.0-20261202"})
    void anInstallationOfAnEarlierBuildStartsWithTheSameBooks(String build) throws Exception {
        Path work = RunningEssaim.work("upgrade");
        Path backup = unzip("upgrade/demo-backup-" + build + ".zip", work.resolve("backup"));
        Path data = work.resolve("data");
        Process restore = new ProcessBuilder(RunningEssaim.distribution().resolve("bin/essaim").toString(), "restore",
                "--data", data.toString(), "--from", backup.toString()).redirectErrorStream(true).start();
        String said = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(restore.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, restore.exitValue(), said);

        try (RunningEssaim essaim = RunningEssaim.start("run", "osgi", data, null)) {
            Http http = new Http(essaim.baseUrl());
            String admin = http.token("admin", "essaim-admin-demo");
            JsonNode modules = Http.json(http.get("api/v1/modules", admin));
            for (JsonNode m : modules) {
                assertEquals("STARTED", m.get("state").asText(), m.toString());
            }
            String accountant = http.token("compta", "essaim-compta-demo");
            HttpResponse<String> balances = http.get("api/v1/ledger/balances?by=both", accountant);
            assertEquals(200, balances.statusCode(), balances.body());
            try (InputStream expected = UpgradeIT.class.getResourceAsStream("/upgrade/demo-balances-" + build + ".json")) {
                assertEquals(Http.JSON.readTree(expected), Http.json(balances), "the books of the earlier build");
            }
            JsonNode chain = Http.json(http.get("api/v1/ledger/verify", accountant));
            assertTrue(chain.get("intact").asBoolean(), chain.toString());
            for (String login : List.of("conseil", "nadia", "jeanne")) {
                http.token(login, "essaim-" + login + "-demo");
            }
        }
    }

    private static Path unzip(String resource, Path target) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(UpgradeIT.class.getResourceAsStream("/" + resource))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Path out = target.resolve(e.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("entry outside the folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out);
                }
            }
        }
        return target;
    }
}
