package coop.essaim.governance.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * A resolution put to the vote of an assembly, with its counts so far: abstentions are counted but are not votes
 * cast, so {@code adopted} compares the votes for with the votes for and against only.
 *
 * <p>When the cooperative's assembly has colleges, {@code colleges} holds each college's counts (the colleges as
 * they were when the vote opened) and the result is weighted: each college's share of votes for among its votes
 * cast, times its weight; a college where no vote was cast is left out and the others' weights count in proportion.
 * Without colleges the list is empty and the result is one person one vote over the whole assembly.
 */
public record Resolution(long id, long assemblyId, int position, String text, Majority majority, boolean secret,
                         ResolutionState state, int votesFor, int against, int abstentions,
                         List<CollegeTally> colleges) {

    public Resolution {
        colleges = colleges == null ? List.of() : List.copyOf(colleges);
    }

    /** A resolution voted without colleges. */
    public Resolution(long id, long assemblyId, int position, String text, Majority majority, boolean secret,
                      ResolutionState state, int votesFor, int against, int abstentions) {
        this(id, assemblyId, position, text, majority, secret, state, votesFor, against, abstentions, List.of());
    }

    public boolean weighted() {
        return !colleges.isEmpty();
    }

    public boolean adopted() {
        if (weighted()) {
            BigInteger[] share = weightedShare();
            if (share == null) {
                return false;
            }
            // share = n / d exactly: simple majority n/d > 1/2, two thirds n/d >= 2/3
            return majority == Majority.TWO_THIRDS
                    ? share[0].multiply(BigInteger.valueOf(3)).compareTo(share[1].multiply(BigInteger.TWO)) >= 0
                    : share[0].multiply(BigInteger.TWO).compareTo(share[1]) > 0;
        }
        int cast = votesFor + against;
        if (cast == 0) {
            return false;
        }
        return majority == Majority.TWO_THIRDS ? votesFor * 3 >= cast * 2 : votesFor > against;
    }

    /** With colleges, the weighted share of votes for in percent (two decimals, half up); null without a vote. */
    public BigDecimal weightedForPercent() {
        BigInteger[] share = weighted() ? weightedShare() : null;
        if (share == null) {
            return null;
        }
        return new BigDecimal(share[0]).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(share[1]), 2, RoundingMode.HALF_UP);
    }

    /**
     * The weighted share of votes for as an exact fraction {numerator, denominator}: the sum over the colleges where
     * votes were cast of weight × for / cast, over the sum of their weights; null when no college cast a vote.
     */
    private BigInteger[] weightedShare() {
        List<CollegeTally> voted = colleges.stream().filter(c -> c.cast() > 0).toList();
        if (voted.isEmpty()) {
            return null;
        }
        BigInteger common = BigInteger.ONE;
        for (CollegeTally c : voted) {
            common = common.multiply(BigInteger.valueOf(c.cast()));
        }
        BigInteger numerator = BigInteger.ZERO;
        BigInteger weights = BigInteger.ZERO;
        for (CollegeTally c : voted) {
            numerator = numerator.add(BigInteger.valueOf(c.weight()).multiply(BigInteger.valueOf(c.votesFor()))
                    .multiply(common.divide(BigInteger.valueOf(c.cast()))));
            weights = weights.add(BigInteger.valueOf(c.weight()));
        }
        return new BigInteger[] {numerator, common.multiply(weights)};
    }
}
