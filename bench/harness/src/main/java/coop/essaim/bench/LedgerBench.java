package coop.essaim.bench;

import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.BalanceQuery;
import coop.essaim.api.ledger.JournalImport;
import coop.essaim.api.ledger.JournalImportResult;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.LedgerJournals;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.EstablishmentDetails;
import coop.essaim.api.people.ImportMode;
import coop.essaim.api.people.ImportReport;
import coop.essaim.api.people.People;
import coop.essaim.api.people.PeopleImport;

import java.io.Reader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ./essaim bench ledger}: a journal of N postings over M activities generated from a seed, imported
 * into a fresh installation (stored, numbered, hash-chained), then every balance computed, side by side with
 * {@code hledger balance} and {@code ledger balance} on the same file when they are installed. Prints each
 * time, the most heap in use, and whether hledger's totals per account equal ours.
 */
public final class LedgerBench {

    /** Started with the run, before the journal is generated. */
    private static final HeapWatch HEAP = new HeapWatch();

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        long postings = Long.parseLong(opt.getOrDefault("postings", "1000000"));
        int activities = Integer.parseInt(opt.getOrDefault("activities", "1000"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "42"));
        Path work = Path.of(opt.getOrDefault("work", Files.createTempDirectory("essaim-bench-").toString()));
        Path plugins = Path.of(opt.get("plugins"));
        Path journal = work.resolve("journal.ledger");

        long t0 = System.nanoTime();
        long transactions = Journals.write(journal, postings, activities, seed);
        report("generate %,d postings (%,d transactions, %,d MB)", ms(t0), postings, transactions,
                Files.size(journal) / 1_000_000);

        try (BenchInstallation install = new BenchInstallation(work.resolve("home"), plugins)) {
            t0 = System.nanoTime();
            populate(install, activities);
            report("people import: %,d members and %,d activities", ms(t0), activities, activities);

            LedgerJournals journals = install.kernel.service(LedgerJournals.class);
            t0 = System.nanoTime();
            long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            JournalImportResult imported;
            try (Reader in = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
                imported = journals.importJournal(install.admin, new JournalImport(install.admin.cooperativeId(),
                        journal.getFileName().toString(), "bench"), in);
            }
            long importMs = ms(t0);
            report("import: %,d entries, %,d postings stored, numbered, hash-chained", importMs,
                    imported.entriesPosted(), imported.postingsPosted());
            // the import runs in this thread (embedded Derby too): its CPU time moves less with the machine's load
            report("  of which CPU time of the importing thread", Math.max(1,
                    (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1_000_000));

            Ledger ledger = install.kernel.service(Ledger.class);
            long coop = install.admin.cooperativeId();
            long best = Long.MAX_VALUE;
            List<Balance> both = List.of();
            for (int run = 0; run < 3; run++) {
                t0 = System.nanoTime();
                both = ledger.balances(install.admin, new BalanceQuery(coop, null, null,
                        BalanceQuery.Grouping.ACCOUNT_AND_ACTIVITY, null));
                best = Math.min(best, ms(t0));
            }
            report("balances by account and activity: %,d lines (best of 3)", best, both.size());
            t0 = System.nanoTime();
            List<Balance> byAccount = ledger.balances(install.admin, new BalanceQuery(coop, null, null,
                    BalanceQuery.Grouping.ACCOUNT, null));
            report("balances by account: %,d lines", ms(t0), byAccount.size());

            Map<String, Long> ours = new TreeMap<>();
            byAccount.forEach(b -> ours.put(b.accountCode(), b.balance().minorUnits()));
            ExternalTools.compare(journal, ours, best, importMs);
        }
        report(HEAP.summary(), 0);
    }

    /** A site, then one member and one activity per analytic code, through the people CSV import. */
    private static void populate(BenchInstallation install, int activities) {
        People people = install.kernel.service(People.class);
        people.createEstablishment(install.admin, new EstablishmentDetails("Banc", Address.NONE));
        StringBuilder members = new StringBuilder("given_name,family_name,email\n");
        StringBuilder acts = new StringBuilder("name,trade,start,analytic_code,members\n");
        for (int i = 0; i < activities; i++) {
            String code = Journals.code(i);
            members.append("Membre,").append(code).append(',').append(code.toLowerCase()).append("@bench.invalid\n");
            acts.append("Activité ").append(code).append(",conseil,2025-12-01,").append(code).append(',')
                    .append(code.toLowerCase()).append("@bench.invalid\n");
        }
        PeopleImport imports = install.kernel.service(PeopleImport.class);
        check(imports.importPeople(install.admin, new StringReader(members.toString()), ImportMode.ALL_OR_NOTHING));
        check(imports.importActivities(install.admin, new StringReader(acts.toString()), ImportMode.ALL_OR_NOTHING));
    }

    private static void check(ImportReport report) {
        if (!report.written()) {
            throw new IllegalStateException("the bench population was refused: " + report.problems());
        }
    }

    static void report(String what, long millis, Object... args) {
        String line = String.format(what, args);
        System.out.println(millis > 0 ? String.format("%-72s %,10d ms", line, millis) : line);
    }

    static long ms(long startNanos) {
        return Math.max(1, (System.nanoTime() - startNanos) / 1_000_000);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> out = new TreeMap<>();
        List<String> rest = new ArrayList<>(List.of(args));
        for (int i = 0; i + 1 < rest.size(); i += 2) {
            if (!rest.get(i).startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + rest.get(i));
            }
            out.put(rest.get(i).substring(2), rest.get(i + 1));
        }
        if (!out.containsKey("plugins")) {
            throw new IllegalArgumentException("--plugins DIR is required (the distribution's plugins folder)");
        }
        return out;
    }
}
