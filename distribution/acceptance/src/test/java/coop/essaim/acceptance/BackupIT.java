package coop.essaim.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The operator's day as {@code bin/essaim} offers it: the demo started in the background, its status, a backup
 * taken while it serves, a stop, the backup restored into another data folder, and that installation started
 * with the same books: the balances, account by account and activity by activity, and an intact hash chain.
 */
class BackupIT {

    @Test
    void aBackupTakenWhileTheServerRunsRestoresToTheSameBooks() throws Exception {
        Path work = RunningEssaim.work("backup");
        Path data = work.resolve("data");
        Path restored = work.resolve("restored");
        Path backup = work.resolve("backup-1");
        String port = Integer.toString(freePort());

        Result started = essaim("start", "--data", data.toString(), "--port", port, "--demo");
        assertEquals(0, started.code, started.output);
        assertTrue(started.output.contains("is running at"), started.output);
        String balances;
        try {
            Result status = essaim("status", "--data", data.toString());
            assertEquals(0, status.code, status.output);
            assertTrue(status.output.contains("essaim: running (pid "), status.output);
            balances = books(port);

            Result saved = essaim("backup", "--data", data.toString(), "--to", backup.toString());
            assertEquals(0, saved.code, saved.output);
            assertTrue(saved.output.contains("written to " + backup + " by the running server"), saved.output);
            assertTrue(Files.isRegularFile(backup.resolve("manifest.properties")));
        } finally {
            Result stopped = essaim("stop", "--data", data.toString());
            assertEquals(0, stopped.code, stopped.output);
        }
        Result status = essaim("status", "--data", data.toString());
        assertEquals(3, status.code, status.output);
        assertTrue(status.output.contains("essaim: stopped"), status.output);

        Result back = essaim("restore", "--data", restored.toString(), "--from", backup.toString());
        assertEquals(0, back.code, back.output);
        assertTrue(back.output.contains("the books match the backup's manifest"), back.output);

        String again = Integer.toString(freePort());
        Result restarted = essaim("start", "--data", restored.toString(), "--port", again);
        assertEquals(0, restarted.code, restarted.output);
        try {
            assertEquals(balances, books(again), "the restored installation has the same books");
        } finally {
            assertEquals(0, essaim("stop", "--data", restored.toString()).code);
        }
    }

    /** The demo cooperative's balances by account and activity, and its chain check, as the accountant reads them. */
    private static String books(String port) throws IOException, InterruptedException {
        Http http = new Http("http://127.0.0.1:" + port + "/");
        String token = http.token("compta", "essaim-compta-demo");
        HttpResponse<String> balances = http.get("api/v1/ledger/balances?by=both", token);
        assertEquals(200, balances.statusCode(), balances.body());
        HttpResponse<String> chain = http.get("api/v1/ledger/verify", token);
        assertEquals(200, chain.statusCode(), chain.body());
        assertTrue(Http.json(chain).get("intact").asBoolean(), chain.body());
        assertTrue(Http.json(balances).get("items").size() > 10, "the demo has books: " + balances.body());
        assertTrue(Http.json(chain).get("entriesChecked").asLong() > 10, chain.body());
        return balances.body() + "\n" + Http.json(chain).get("entriesChecked").asText();
    }

    private record Result(int code, String output) {
    }

    private static Result essaim(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(RunningEssaim.distribution().resolve("bin/essaim").toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("essaim " + String.join(" ", args) + " did not finish");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
