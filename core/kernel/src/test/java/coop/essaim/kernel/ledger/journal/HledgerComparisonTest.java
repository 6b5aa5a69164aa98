package coop.essaim.kernel.ledger.journal;

import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.JournalExport;
import coop.essaim.api.ledger.JournalFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The export read by the real tools: {@code hledger balance} (and {@code ledger balance} when installed) on an
 * exported journal gives every balance {@code Ledger.balances} gives, per account and activity and per account.
 * CI sets {@code ESSAIM_REQUIRE_HLEDGER=1} (and installs the Debian packages), so there a missing hledger fails;
 * elsewhere the test is skipped with the reason.
 */
class HledgerComparisonTest {

    @RegisterExtension
    static final JournalFixture f = new JournalFixture();

    @TempDir
    Path dir;

    @Test
    void hledgerAndLedgerGiveTheBalancesOfTheLedger() throws Exception {
        Optional<Path> hledger = executable("hledger");
        if (hledger.isEmpty()) {
            if ("1".equals(System.getenv("ESSAIM_REQUIRE_HLEDGER"))) {
                fail("ESSAIM_REQUIRE_HLEDGER=1 but no hledger on the PATH: install the Debian package"
                        + " (apt-get install -y hledger ledger), as .ci/run does");
            }
            assumeTrue(false, "hledger is not installed (apt-get install -y hledger); set ESSAIM_REQUIRE_HLEDGER=1"
                    + " to make this a failure");
        }
        SampleBooks.post(f.ledger, f.admin, f.activities(f.admin, SampleBooks.CODES));
        Path file = dir.resolve("books.journal");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            f.journals.export(f.admin, JournalExport.all(f.admin.cooperativeId(), JournalFormat.HLEDGER), out);
        }
        Map<String, Long> byAccountAndActivity = JournalRoundTripTest.balances(f, f.admin,
                BalanceQuery.Grouping.ACCOUNT_AND_ACTIVITY);
        Map<String, Long> byAccount = JournalRoundTripTest.balances(f, f.admin, BalanceQuery.Grouping.ACCOUNT);
        assertTrue(byAccountAndActivity.size() >= 8, "a realistic spread of balances: " + byAccountAndActivity);
        assertTrue(byAccountAndActivity.containsKey("706000:STRUCTURE"), "the contributions reached the structure");

        assertEquals(byAccountAndActivity, hledgerCsv(run(hledger.get().toString(), "-f", file.toString(), "balance",
                "--flat", "-O", "csv")));
        assertEquals(byAccount, hledgerCsv(run(hledger.get().toString(), "-f", file.toString(), "balance",
                "--flat", "--depth", "1", "-O", "csv")));

        Optional<Path> ledger = executable("ledger");
        if (ledger.isPresent()) {
            String format = "%(account)|%(display_total)\\n";
            assertEquals(byAccountAndActivity, ledgerLines(run(ledger.get().toString(), "-f", file.toString(),
                    "balance", "--flat", "--no-total", "--format", format)));
            assertEquals(byAccount, ledgerLines(run(ledger.get().toString(), "-f", file.toString(), "balance",
                    "--depth", "1", "--no-total", "--format", format)));
        }
    }

    /** {@code "account","balance"} rows, without the total; zero balances are left out, as our side does. */
    private static Map<String, Long> hledgerCsv(String csv) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            if (!r.get("account").equals("total")) {
                putNonZero(out, r.get("account"), r.get("balance"));
            }
        }
        return out;
    }

    private static Map<String, Long> ledgerLines(String text) {
        Map<String, Long> out = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split("\\|", 2);
                putNonZero(out, parts[0].strip(), parts[1].strip());
            }
        }
        return out;
    }

    /** {@code -1200.00 EUR} in cents; every amount of the sample books is in euros. */
    private static void putNonZero(Map<String, Long> out, String account, String amount) {
        String number = amount.replace("EUR", "").strip();
        assertFalse(number.isEmpty(), account + ": " + amount);
        long cents = new BigDecimal(number).movePointRight(2).longValueExact();
        if (cents != 0) {
            out.put(account, cents);
        }
    }

    private String run(String... command) throws Exception {
        Path output = dir.resolve("output-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + text);
        return text;
    }

    static Optional<Path> executable(String name) {
        List<Path> candidates = new ArrayList<>();
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isBlank()) {
                candidates.add(Path.of(d, name));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }
}
