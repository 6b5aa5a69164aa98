package coop.essaim.governance.assembly;

import coop.essaim.governance.api.CollegeTally;
import coop.essaim.governance.api.Majority;
import coop.essaim.governance.api.Resolution;
import coop.essaim.governance.api.ResolutionState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resolution's result by colleges, worked by hand: a SCIC with its employees (50 %), users (30 %) and supporters
 * (20 %); each college's share of votes for among its votes cast, times its weight.
 */
class WeightedResultTest {

    private static Resolution voted(Majority majority, CollegeTally... colleges) {
        int votesFor = 0;
        int against = 0;
        for (CollegeTally c : colleges) {
            votesFor += c.votesFor();
            against += c.against();
        }
        return new Resolution(1, 1, 1, "Résolution", majority, false, ResolutionState.CLOSED, votesFor, against, 0,
                List.of(colleges));
    }

    private static CollegeTally employees(int votesFor, int against) {
        return new CollegeTally(1, "Salariés", 50, votesFor, against, 0);
    }

    private static CollegeTally users(int votesFor, int against) {
        return new CollegeTally(2, "Usagers", 30, votesFor, against, 0);
    }

    private static CollegeTally supporters(int votesFor, int against) {
        return new CollegeTally(3, "Soutiens", 20, votesFor, against, 1);
    }

    @Test
    void theCollegesOutweighTheHeadcount() {
        // heads: 5 for, 6 against; weighted: 50 × 3/3 + 30 × 1/5 + 20 × 1/3 = 50 + 6 + 6.67 = 62.67 %
        Resolution r = voted(Majority.SIMPLE, employees(3, 0), users(1, 4), supporters(1, 2));
        assertTrue(r.votesFor() < r.against());
        assertTrue(r.weighted());
        assertEquals(new BigDecimal("62.67"), r.weightedForPercent());
        assertTrue(r.adopted());
        assertFalse(voted(Majority.TWO_THIRDS, employees(3, 0), users(1, 4), supporters(1, 2)).adopted(),
                "62.67 % is short of two thirds");
    }

    @Test
    void aCollegeWithoutAVoteCastIsLeftOutAndTheOthersCountInProportion() {
        // users cast nothing: (50 × 2/3 + 20 × 0/1) / 70 = 47.62 %
        Resolution r = voted(Majority.SIMPLE, employees(2, 1), users(0, 0), supporters(0, 1));
        assertEquals(new BigDecimal("47.62"), r.weightedForPercent());
        assertFalse(r.adopted());
    }

    @Test
    void exactlyTwoThirdsIsEnoughAndExactlyHalfIsNot() {
        CollegeTally a = new CollegeTally(1, "A", 50, 1, 0, 0);
        CollegeTally b = new CollegeTally(2, "B", 50, 1, 2, 0);
        // 50 × 1 + 50 × 1/3 = 66.67 %, exactly two thirds as a fraction
        assertTrue(voted(Majority.TWO_THIRDS, a, b).adopted());
        CollegeTally half = new CollegeTally(2, "B", 50, 0, 1, 0);
        assertFalse(voted(Majority.SIMPLE, a, half).adopted(), "50 % is not a majority");
    }

    @Test
    void noVoteCastIsNotAdoptedAndWithoutCollegesNothingChanges() {
        Resolution none = voted(Majority.SIMPLE, employees(0, 0), users(0, 0));
        assertNull(none.weightedForPercent());
        assertFalse(none.adopted());
        Resolution plain = new Resolution(1, 1, 1, "R", Majority.SIMPLE, false, ResolutionState.CLOSED, 5, 6, 0);
        assertFalse(plain.weighted());
        assertFalse(plain.adopted());
        assertNull(plain.weightedForPercent());
    }
}
