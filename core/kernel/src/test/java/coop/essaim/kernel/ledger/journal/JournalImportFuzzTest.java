package coop.essaim.kernel.ledger.journal;

import coop.essaim.api.ledger.ChainVerification;
import coop.essaim.api.ledger.JournalImport;
import coop.essaim.api.ledger.JournalImportException;
import coop.essaim.api.ledger.JournalImportResult;
import coop.essaim.api.ledger.JournalProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.StringReader;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The journal importer fed {@link HostileJournals}: whatever the file, it is posted whole or refused with
 * problems that each name a line of the file and say what is wrong, and a refused file changes nothing (no
 * entry, no number, the chain intact). The cases come from a fixed seed, so a failure replays; a longer hunt:
 * {@code -Dessaim.fuzz.seed=N -Dessaim.fuzz.cases=100000}.
 */
class JournalImportFuzzTest {

    private static final long SEED = Long.getLong("essaim.fuzz.seed", 20261202L);
    private static final int CASES = Integer.getInteger("essaim.fuzz.cases", 400);

    @RegisterExtension
    static final JournalFixture f = new JournalFixture();

    @Test
    void everyJournalIsPostedWholeOrRefusedLineByLineAndARefusalChangesNothing() throws IOException {
        f.activities(f.admin, HostileJournals.CODES);
        Random random = new Random(SEED);
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            String journal = HostileJournals.next(random);
            refused += importOne(i, journal) ? 0 : 1;
        }
        assertTrue(refused > CASES / 4 && refused < CASES, "the cases mix good and bad files: " + refused + " refused");
    }

    /** @return whether the journal was posted */
    private boolean importOne(int i, String journal) throws IOException {
        String replay = "seed " + SEED + ", case " + i + ":\n" + journal.substring(0, Math.min(2_000, journal.length()));
        long before = entries();
        JournalImportResult result;
        try {
            result = f.journals.importJournal(f.admin, new JournalImport(f.admin.cooperativeId(), "fuzz-" + i
                    + ".journal", "fuzz"), new StringReader(journal));
        } catch (JournalImportException e) {
            long lines = Math.max(1, journal.split("\r\n|\r|\n", -1).length);   // as a reader counts them
            assertFalse(e.problems().isEmpty(), "a refusal says why; " + replay);
            for (JournalProblem p : e.problems()) {
                assertTrue(p.line() >= 1 && p.line() <= lines, "line " + p.line() + " of " + lines + "; " + replay);
                assertFalse(p.message() == null || p.message().isBlank(), "a problem without message; " + replay);
            }
            assertEquals(before, entries(), "a refused journal posts nothing; " + replay);
            return false;
        } catch (RuntimeException e) {
            fail("the importer must refuse with problems, not " + e + "; " + replay, e);
            return false;
        }
        assertEquals(before + result.entriesPosted(), entries(), replay);
        assertEquals(result.transactions(), result.entriesPosted() + result.alreadyPresent(), replay);
        return true;
    }

    /** The chain's length, after checking it is intact. */
    private static long entries() {
        ChainVerification v = f.ledger.verifyChain(f.admin, f.admin.cooperativeId());
        assertTrue(v.intact(), String.valueOf(v.reason()));
        return v.entriesChecked();
    }
}
