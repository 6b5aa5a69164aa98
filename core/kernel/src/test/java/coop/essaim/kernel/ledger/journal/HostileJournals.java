package coop.essaim.kernel.ledger.journal;

import java.util.Random;

/**
 * Journals a careless or hostile hand might send, drawn from a seeded {@link Random} so every case can be
 * replayed: valid receipts mixed with impossible dates, garbled, overflowing or foreign amounts, unknown
 * accounts and activities, unbalanced transactions, control characters and lone surrogates, a line of
 * 100,000 characters, and valid files with random characters deleted, inserted or replaced.
 */
final class HostileJournals {

    static final String[] CODES = {"COUTURE", "BOIS"};
    private static final String[] BAD_DATES = {"2026-02-30", "2026-13-01", "26-03-01", "2026/3/", "0000-00-00",
            "9999999999-01-01", "2026-03-01x", "2026-00-10"};
    private static final String[] BAD_POSTINGS = {
            "    512000:NOPE   10.00 EUR\n    411000:NOPE\n",
            "    999999:COUTURE   10.00 EUR\n    411000:COUTURE\n",
            "    512000:COUTURE   10.00 EUR\n    411000:COUTURE   -9.99 EUR\n",
            "    512000:COUTURE   1e5 EUR\n    411000:COUTURE\n",
            "    512000:COUTURE   10.001 EUR\n    411000:COUTURE\n",
            "    512000:COUTURE   99999999999999999999999.00 EUR\n    411000:COUTURE\n",
            "    512000:COUTURE   92233720368547758.07 EUR\n    411000:COUTURE   92233720368547758.07 EUR\n"
                    + "    706000:COUTURE\n",
            "    512000:COUTURE   -92233720368547758.08 EUR\n    411000:COUTURE\n",
            "    512000:COUTURE   10.00 USD\n    411000:COUTURE\n",
            "    512000:COUTURE\n    411000:COUTURE\n",
            "    512000:COUTURE   10,00,00 €\n    411000:COUTURE\n",
            "    512000:COUTURE   -- EUR\n    411000:COUTURE\n",
            "    512000:COUTURE   10.00 EUR  ; third-party:" + "T".repeat(300) + "\n    411000:COUTURE\n",
            "    512000:" + "A".repeat(500) + "   10.00 EUR\n    411000:COUTURE\n"};
    private static final String[] AROUND = {"; a comment\n", "\n", "account 411000\n", "comment\n", "end comment\n",
            "    ; an indented comment\n", "include other.journal\n", "P 2026-03-01 EUR 1.1 USD\n"};
    private static final char[] HOSTILE = {'\u0000', '\u0007', '\u001b', '\u007f', '\ufeff', '\ud800', '\udfff',
            '\u202e', '\u00a0', '\t', '\r', ';', ':', '*', '!', '(', ')', '€', '-', '.', ','};

    private HostileJournals() {
    }

    static String next(Random r) {
        StringBuilder j = new StringBuilder();
        int blocks = r.nextInt(12);
        for (int i = 0; i < blocks; i++) {
            int kind = r.nextInt(13);
            if (kind < 6) {
                j.append(valid(r));
            } else if (kind < 8) {
                j.append(BAD_DATES[r.nextInt(BAD_DATES.length)]).append(" Vente\n    512000:COUTURE  ")
                        .append(amount(r)).append(" EUR\n    411000:COUTURE\n");
            } else if (kind < 11) {
                j.append(date(r)).append(" Règlement\n").append(BAD_POSTINGS[r.nextInt(BAD_POSTINGS.length)]);
            } else if (kind < 12) {
                j.append(noise(r));
            } else {
                j.append(AROUND[r.nextInt(AROUND.length)]);
            }
        }
        return r.nextInt(4) == 0 ? mutate(j, r) : j.toString();
    }

    private static String valid(Random r) {
        return date(r) + " * " + label(r) + "  ; journal:MISC\n    512000:" + CODES[r.nextInt(CODES.length)] + "   "
                + amount(r) + " EUR\n    411000:" + CODES[r.nextInt(CODES.length)] + "\n";
    }

    private static String date(Random r) {
        return String.format("2026-03-%02d", 1 + r.nextInt(28));
    }

    private static String amount(Random r) {
        int cents = 1 + r.nextInt(99_999);
        return cents / 100 + "." + String.format("%02d", cents % 100);
    }

    private static String label(Random r) {
        StringBuilder s = new StringBuilder();
        for (int i = 1 + r.nextInt(30); i > 0; i--) {
            s.append((char) ('a' + r.nextInt(26)));
        }
        return s.toString();
    }

    private static String noise(Random r) {
        switch (r.nextInt(3)) {
            case 0 -> {
                StringBuilder s = new StringBuilder();
                for (int i = r.nextInt(60); i > 0; i--) {
                    s.append((char) r.nextInt(0x10000));
                }
                return s.append('\n').toString();
            }
            case 1 -> {
                StringBuilder s = new StringBuilder("2026-03-01 ");
                for (int i = 1 + r.nextInt(20); i > 0; i--) {
                    s.append(HOSTILE[r.nextInt(HOSTILE.length)]);
                }
                return s.append("\n    512000  1 EUR\n").toString();
            }
            default -> {
                return "2026-03-01 " + "x".repeat(100_000) + "\n";
            }
        }
    }

    /** A few characters deleted, inserted or replaced anywhere, as a damaged file or a careless edit does. */
    private static String mutate(StringBuilder j, Random r) {
        for (int n = 1 + r.nextInt(5); n > 0 && j.length() > 0; n--) {
            int at = r.nextInt(j.length());
            switch (r.nextInt(3)) {
                case 0 -> j.deleteCharAt(at);
                case 1 -> j.insert(at, HOSTILE[r.nextInt(HOSTILE.length)]);
                default -> j.setCharAt(at, HOSTILE[r.nextInt(HOSTILE.length)]);
            }
        }
        return j.toString();
    }
}
