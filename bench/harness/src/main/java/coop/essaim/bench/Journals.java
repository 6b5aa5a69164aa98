package coop.essaim.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A journal generated from a seed: sales (customer, service, VAT), customer payments and purchases, spread
 * over one year and {@code activities} activities (analytic codes A0001...), until {@code postings} postings.
 * The same seed always writes the same file.
 */
final class Journals {

    private Journals() {
    }

    static String code(int activity) {
        return String.format(Locale.ROOT, "A%04d", activity + 1);
    }

    /** Returns the number of transactions written. */
    static long write(Path file, long postings, int activities, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2026, 1, 1);
        long written = 0;
        long transactions = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < postings) {
                LocalDate day = start.plusDays((transactions * 365) / Math.max(1, postings / 3));
                if (day.getYear() > 2026) {
                    day = LocalDate.of(2026, 12, 31);
                }
                String a = code(random.nextInt(activities));
                long ht = 1_000 + random.nextInt(500_000);
                long vat = ht / 5;
                int kind = random.nextInt(3);
                transactions++;
                out.write(day + " * (B-" + transactions + ") Transaction " + transactions + "\n");
                if (kind == 0 || written + 3 > postings) {
                    line(out, "411000:" + a, ht + vat);
                    line(out, "706000:" + a, -ht);
                    line(out, "445710:" + a, -vat);
                    written += 3;
                } else if (kind == 1) {
                    line(out, "512000:" + a, ht + vat);
                    line(out, "411000:" + a, -(ht + vat));
                    written += 2;
                } else {
                    line(out, "606000:" + a, ht);
                    line(out, "445660:" + a, vat);
                    line(out, "401000:" + a, -(ht + vat));
                    written += 3;
                }
                out.write('\n');
            }
        }
        return transactions;
    }

    /**
     * One sale per activity (customer, service, VAT), dated from the seed between {@code from} and {@code to},
     * its amount excluding VAT between {@code minCents} and {@code maxCents}: each activity's turnover.
     */
    static void sales(Path file, int activities, long seed, LocalDate from, LocalDate to, long minCents,
                      long maxCents) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < activities; i++) {
                String a = code(i);
                long ht = minCents + random.nextLong(maxCents - minCents + 1);
                long vat = ht / 5;
                out.write(from.plusDays(random.nextInt(days)) + " * (F-" + (i + 1) + ") Facture " + a + "\n");
                line(out, "411000:" + a, ht + vat);
                line(out, "706000:" + a, -ht);
                line(out, "445710:" + a, -vat);
                out.write('\n');
            }
        }
    }

    private static void line(BufferedWriter out, String account, long cents) throws IOException {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        out.write("    " + account + "  " + sign + abs / 100 + "." + String.format(Locale.ROOT, "%02d", abs % 100)
                + " EUR\n");
    }
}
