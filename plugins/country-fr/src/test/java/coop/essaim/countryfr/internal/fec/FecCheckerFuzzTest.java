package coop.essaim.countryfr.internal.fec;

import coop.essaim.api.ledger.FiscalYear;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checker fed files gone wrong, from a seeded {@link Random} so every case replays: a valid FEC with
 * characters deleted, inserted or replaced (tabs, pipes, line breaks, NUL, BOM, lone surrogates, digits), cells
 * replaced by hostile ones (huge amounts, impossible dates, long texts), lines dropped, repeated or cut. Whatever
 * the file, the checker answers a report and never throws: each problem names its line (within the file) and a
 * FEC column or none, with a French and an English message fully written; the report is valid exactly when it has
 * no problem; the totals are never negative. A longer hunt: {@code -Dessaim.fuzz.seed=N -Dessaim.fuzz.cases=20000}.
 */
class FecCheckerFuzzTest {

    private static final long SEED = Long.getLong("essaim.fuzz.seed", 20261203L);
    private static final int CASES = Integer.getInteger("essaim.fuzz.cases", 400);
    private static final FiscalYear Y2026 = new FiscalYear(2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final char[] HOSTILE = {'\t', '|', '\r', '\n', '\u0000', '\ufeff', '\ud800', ',', '.', '-', '9',
            '0', ' ', '"', 'é'};
    private static final String[] HOSTILE_CELLS = {"999999999999999,99", "9999999999999999", "-1,00", "1e9", "0,001",
            "20261399", "20260230", "99999999", "2026-02-20", "", " ", "\u0000", "VT-9223372036854775807",
            "VT-99999999999999999999", "x".repeat(100_000)};
    private static final Set<String> COLUMNS = Arrays.stream(FecColumn.values()).map(FecColumn::title)
            .collect(Collectors.toSet());

    private static final String VALID = new FecLines()
            .line("VT", "VT-2026-000001", "20260220", "411000", "Clients", "1200,50", "0,00")
            .line("VT", "VT-2026-000001", "20260220", "706000", "Prestations", "0,00", "1000,42")
            .line("VT", "VT-2026-000001", "20260220", "445710", "TVA collectée", "0,00", "200,08")
            .line("BQ", "BQ-2026-000001", "20260301", "512000", "Banque", "1200,50", "0,00")
            .line("BQ", "BQ-2026-000001", "20260301", "411000", "Clients", "0,00", "1200,50")
            .line("OD", "OD-2026-000001", "20261231", "625100", "Déplacements", "80,00", "0,00")
            .line("OD", "OD-2026-000001", "20261231", "512000", "Banque", "0,00", "80,00")
            .text();

    @Test
    void theSampleIsValid() throws IOException {
        FecReport report = FecChecker.check(new StringReader(VALID), "901234567FEC20261231.txt", Y2026);
        assertTrue(report.valid(), report.problems().toString());
    }

    @Test
    void everyFileGetsAReportWhoseProblemsNameTheirLineAndColumn() {
        Random random = new Random(SEED);
        int invalid = 0;
        for (int i = 0; i < CASES; i++) {
            String text = mutate(random, VALID);
            String name = random.nextInt(4) == 0 ? "FEC" + random.nextInt(100) : "901234567FEC20261231.txt";
            FecReport report;
            try {
                report = FecChecker.check(new StringReader(text), name, random.nextBoolean() ? Y2026 : null);
            } catch (IOException | RuntimeException e) {
                throw new AssertionError("case " + i + " (seed " + SEED + ") threw " + e + " on:\n" + shown(text), e);
            }
            assertWellFormed(report, text, i);
            invalid += report.valid() ? 0 : 1;
        }
        assertTrue(invalid > CASES / 2, "most broken files are found wrong: " + invalid + " of " + CASES);
    }

    @Test
    void amountsTooLargeToAddAreAProblemNotAWrongTotal() throws IOException {
        FecLines lines = new FecLines();
        for (int i = 0; i < 200; i++) {
            lines.line("VT", "VT-1", "20260220", "411000", "Clients", "999999999999999,99", "0,00");
        }
        for (int i = 0; i < 200; i++) {
            lines.line("VT", "VT-1", "20260220", "706000", "Prestations", "0,00", "999999999999999,99");
        }
        FecReport report = FecChecker.check(new StringReader(lines.text()), null, Y2026);
        assertFalse(report.valid());
        assertWellFormed(report, lines.text(), -1);
        assertEquals(FecProblem.Code.BAD_AMOUNT, report.problems().get(0).code(), report.problems().toString());
        assertEquals("Debit", report.problems().get(0).column());
    }

    private static void assertWellFormed(FecReport report, String text, int i) {
        String where = "case " + i + " (seed " + SEED + "): ";
        assertEquals(report.problems().isEmpty() && report.moreProblems() == 0, report.valid(), where + report);
        assertTrue(report.problems().size() <= FecChecker.MAX_PROBLEMS, where + report.problems().size());
        long lastLine = text.lines().count() + 1;
        for (FecProblem p : report.problems()) {
            assertTrue(p.line() >= 0 && p.line() <= lastLine, where + "line " + p.line() + " of " + lastLine + ": " + p);
            assertTrue(p.column() == null || COLUMNS.contains(p.column()), where + "column " + p.column());
            for (String message : List.of(p.french(), p.english())) {
                assertFalse(message == null || message.isBlank() || message.contains("{0") || message.startsWith("!"),
                        where + "message not written: " + p);
            }
        }
        assertFalse(report.debit().isNegative() || report.credit().isNegative(), where + "totals " + report.debit()
                + " / " + report.credit());
    }

    private static String mutate(Random random, String text) {
        String out = text;
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            out = switch (random.nextInt(6)) {
                case 0 -> deleteSome(random, out);
                case 1 -> insert(random, out, String.valueOf(HOSTILE[random.nextInt(HOSTILE.length)]));
                case 2 -> replaceChar(random, out);
                case 3 -> replaceCell(random, out);
                case 4 -> reshuffleLines(random, out);
                default -> insert(random, out, randomLine(random));
            };
        }
        return out;
    }

    private static String deleteSome(Random random, String s) {
        if (s.isEmpty()) {
            return s;
        }
        int from = random.nextInt(s.length());
        int to = Math.min(s.length(), from + 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 4));
        return s.substring(0, from) + s.substring(to);
    }

    private static String insert(Random random, String s, String what) {
        int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
        return s.substring(0, at) + what + s.substring(at);
    }

    private static String replaceChar(Random random, String s) {
        if (s.isEmpty()) {
            return s;
        }
        int at = random.nextInt(s.length());
        return s.substring(0, at) + HOSTILE[random.nextInt(HOSTILE.length)] + s.substring(at + 1);
    }

    private static String replaceCell(Random random, String s) {
        List<String> lines = new ArrayList<>(Arrays.asList(s.split("\r\n", -1)));
        int l = random.nextInt(lines.size());
        String[] cells = lines.get(l).split("\t", -1);
        cells[random.nextInt(cells.length)] = HOSTILE_CELLS[random.nextInt(HOSTILE_CELLS.length)];
        lines.set(l, String.join("\t", cells));
        return String.join("\r\n", lines);
    }

    private static String reshuffleLines(Random random, String s) {
        List<String> lines = new ArrayList<>(Arrays.asList(s.split("\r\n", -1)));
        int l = random.nextInt(lines.size());
        switch (random.nextInt(3)) {
            case 0 -> lines.remove(l);
            case 1 -> {
                for (int n = random.nextInt(300); n >= 0; n--) {
                    lines.add(l, lines.get(l));
                }
            }
            default -> {
                String moved = lines.remove(l);
                lines.add(random.nextInt(lines.size() + 1), moved);
            }
        }
        return String.join("\r\n", lines);
    }

    private static String randomLine(Random random) {
        StringBuilder line = new StringBuilder("\r\n");
        int cells = random.nextInt(22);
        for (int c = 0; c < cells; c++) {
            line.append(c == 0 ? "" : "\t").append(random.nextBoolean()
                    ? HOSTILE_CELLS[random.nextInt(HOSTILE_CELLS.length - 1)] : Integer.toString(random.nextInt(1_000_000)));
        }
        return line.toString();
    }

    private static String shown(String text) {
        return text.length() > 2_000 ? text.substring(0, 2_000) + "…" : text;
    }
}
