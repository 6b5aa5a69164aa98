package coop.essaim.kernel.people;

import coop.essaim.api.people.ImportMode;
import coop.essaim.api.people.ImportReport;
import coop.essaim.kernel.people.PeopleImportTest.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The people and activities imports fed spreadsheets gone wrong, from a seeded {@link Random} so every case
 * replays: the sample file with characters deleted, inserted or replaced (quotes, separators, line breaks,
 * control characters), lines of random cells, headers missing or repeated, huge cells. In each mode the
 * report tells every problem by line and column with a message; a check writes nothing, "all or nothing"
 * writes nothing unless the report is clean, and no mode writes more than it reports. A longer hunt:
 * {@code -Dessaim.fuzz.seed=N -Dessaim.fuzz.cases=20000}.
 */
class PeopleImportFuzzTest {

    private static final long SEED = Long.getLong("essaim.fuzz.seed", 20261202L);
    private static final int CASES = Integer.getInteger("essaim.fuzz.cases", 300);
    private static final char[] HOSTILE = {'"', ',', ';', '\n', '\r', '\t', '\u0000', '\ufeff', '\ud800', '|', '=',
            '+', '-', '@', 'é', ' '};
    private static final String ACTIVITIES = """
            name,analytic_code,trade,start,members,brand
            Couture Jeanne,COUT-1,couture,2025-02-01,jeanne@oxalis.example,Fil d'or
            Bois Paul,BOIS-1,menuiserie,2025-13-01,paul@oxalis.example,
            """;

    @RegisterExtension
    static final PeopleFixture p = new PeopleFixture();

    @Test
    void everyFileIsReportedLineByLineAndNoModeWritesMoreThanItSays() {
        p.f.user(p.admin, "conseil", "adviser");
        Importer importer = new Importer(p.f.core.peopleImport(), p.admin);
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            boolean people = random.nextInt(3) > 0;
            String csv = next(random, people ? PeopleImportTest.MIXED : ACTIVITIES);
            ImportMode mode = ImportMode.values()[random.nextInt(ImportMode.values().length)];
            String replay = "seed " + SEED + ", case " + i + ", " + (people ? "people" : "activities") + " " + mode
                    + ":\n" + csv.substring(0, Math.min(1_500, csv.length()));
            long before = rows();
            ImportReport r;
            try {
                r = people ? importer.people(csv, mode) : importer.activities(csv, mode);
            } catch (RuntimeException e) {
                fail("an import must report, not throw " + e + "; " + replay, e);
                return;
            }
            long lines = csv.split("\r\n|\r|\n", -1).length;
            r.problems().forEach(x -> {
                assertTrue(x.line() >= 0 && x.line() <= lines + 1, "line " + x.line() + "; " + replay);
                assertFalse(x.message() == null || x.message().isBlank(), "a problem says what; " + replay);
            });
            assertTrue(r.imported() <= r.lines(), replay);
            if (mode == ImportMode.CHECK_ONLY || (mode == ImportMode.ALL_OR_NOTHING && !r.valid())) {
                assertFalse(r.written(), replay);
                assertEquals(before, rows(), "nothing written; " + replay);
            } else if (r.written()) {
                assertTrue(rows() > before || r.imported() == 0, replay);
            } else {
                assertEquals(before, rows(), replay);
            }
        }
    }

    private static long rows() {
        return p.f.rows("PERSON") + p.f.rows("ACTIVITY") + p.f.rows("PATH_ENTRY") + p.f.rows("ACTIVITY_MEMBER");
    }

    private static String next(Random r, String sample) {
        StringBuilder csv = new StringBuilder(sample);
        switch (r.nextInt(5)) {
            case 0 -> {
                return sample.substring(sample.indexOf('\n') + 1);   // no header
            }
            case 1 -> {
                String header = sample.substring(0, sample.indexOf('\n') + 1);
                csv.append(header);
                for (int line = r.nextInt(6); line > 0; line--) {
                    for (int cell = r.nextInt(16); cell > 0; cell--) {
                        csv.append(cell(r)).append(cell > 1 ? "," : "");
                    }
                    csv.append('\n');
                }
            }
            case 2 -> csv.append("member,").append("x".repeat(200_000)).append(",Martin,big@oxalis.example,Lyon\n");
            default -> {
                for (int n = 1 + r.nextInt(8); n > 0 && csv.length() > 0; n--) {
                    int at = r.nextInt(csv.length());
                    switch (r.nextInt(3)) {
                        case 0 -> csv.deleteCharAt(at);
                        case 1 -> csv.insert(at, HOSTILE[r.nextInt(HOSTILE.length)]);
                        default -> csv.setCharAt(at, HOSTILE[r.nextInt(HOSTILE.length)]);
                    }
                }
            }
        }
        return csv.toString();
    }

    private static String cell(Random r) {
        StringBuilder c = new StringBuilder();
        for (int i = r.nextInt(12); i > 0; i--) {
            c.append(r.nextInt(4) == 0 ? HOSTILE[r.nextInt(HOSTILE.length)] : (char) ('a' + r.nextInt(26)));
        }
        return r.nextInt(5) == 0 ? "\"" + c + "\"" : c.toString();
    }
}
