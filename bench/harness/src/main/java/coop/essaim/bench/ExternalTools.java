package coop.essaim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * hledger and ledger-cli on the same journal, when installed (the bench installs nothing: it says what is
 * missing). Their times are wall-clock of the whole command, reading the file included, as a user runs them.
 */
final class ExternalTools {

    private ExternalTools() {
    }

    static void compare(Path journal, Map<String, Long> ours, long ourBalanceMs, long ourImportMs) throws Exception {
        if (available("hledger")) {
            Path out = journal.resolveSibling("hledger.csv");
            long t0 = System.nanoTime();
            run(out, "hledger", "-f", journal.toString(), "balance", "--depth", "1", "-O", "csv");
            long hledgerMs = LedgerBench.ms(t0);
            LedgerBench.report("hledger balance --depth 1 (read and total)", hledgerMs);
            Map<String, Long> theirs = hledgerTotals(out);
            LedgerBench.report("  totals per account identical to Essaim's: %s", 0, theirs.equals(ours)
                    ? "yes (" + ours.size() + " accounts)" : "NO: hledger " + theirs + " / essaim " + ours);
            LedgerBench.report("  Essaim balances %.1f× faster than hledger balance; import %.2f× hledger's read",
                    0, (double) hledgerMs / ourBalanceMs, (double) hledgerMs / ourImportMs);
        } else {
            LedgerBench.report("hledger: not installed (Debian package hledger), skipped", 0);
        }
        if (available("ledger")) {
            Path out = journal.resolveSibling("ledger.txt");
            long t0 = System.nanoTime();
            run(out, "ledger", "-f", journal.toString(), "balance");
            long ledgerMs = LedgerBench.ms(t0);
            LedgerBench.report("ledger balance (read and total)", ledgerMs);
            LedgerBench.report("  Essaim balances %.1f× faster than ledger balance", 0,
                    (double) ledgerMs / ourBalanceMs);
        } else {
            LedgerBench.report("ledger: not installed (Debian package ledger), skipped", 0);
        }
    }

    private static boolean available(String tool) {
        try {
            return new ProcessBuilder(tool, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(Path output, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(output));
        }
    }

    /** hledger's CSV: "account","balance" rows such as "411000","1234.56 EUR"; in minor units. */
    private static Map<String, Long> hledgerTotals(Path csv) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.replace("\"", "").split(",", 2);
            if (cells.length < 2 || cells[0].equals("total") || cells[0].isBlank()) {
                continue;
            }
            String amount = cells[1].replace("EUR", "").strip();
            if (amount.equals("0")) {
                out.put(cells[0], 0L);
                continue;
            }
            out.put(cells[0], new java.math.BigDecimal(amount).movePointRight(2).longValueExact());
        }
        return out;
    }
}
