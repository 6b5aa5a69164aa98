package coop.essaim.tradegroups.api;

import coop.essaim.api.money.Money;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A price per unit against a published grid: a pure computation, no store, no clock, so invoicing (or anything
 * else) can call it with the editions {@code Grids.current} gave. A price below the line's minimum is
 * {@code below}, by {@code shortfall}; a price equal to the minimum is not below.
 */
public final class GridCheck {

    /** The line compared with, its minimum, the price, and how far below the minimum the price is (zero if not). */
    public record Verdict(long editionId, String trade, RateUnit unit, String lineLabel, Money minimum, Money price,
                          boolean below, Money shortfall) {
    }

    private GridCheck() {
    }

    /**
     * Compares {@code price} with the line labelled {@code lineLabel} (in any case, spaces around ignored), or
     * with the grid's lowest minimum when no label is given. Empty when the grid has no such line.
     *
     * @throws IllegalArgumentException when the price is not in the grid's currency
     */
    public static Optional<Verdict> check(GridEdition grid, String lineLabel, Money price) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(price, "price");
        Optional<GridLine> line = lineLabel == null || lineLabel.isBlank()
                ? grid.lines().stream().min(Comparator.comparing(GridLine::minimum))
                : grid.lines().stream().filter(l -> l.label().strip().equalsIgnoreCase(lineLabel.strip())).findFirst();
        return line.map(l -> {
            if (!l.minimum().currency().equals(price.currency())) {
                throw new IllegalArgumentException("price in " + price.currency() + ", grid in "
                        + l.minimum().currency());
            }
            boolean below = price.compareTo(l.minimum()) < 0;
            Money shortfall = below ? l.minimum().minus(price) : Money.zero(price.currency());
            return new Verdict(grid.id(), grid.trade(), grid.unit(), l.label(), l.minimum(), price, below, shortfall);
        });
    }

    /**
     * The check against the edition in force on {@code on} for a trade and unit among {@code editions} (any
     * editions: the current ones or a group's history). Empty when none is in force or it has no such line.
     */
    public static Optional<Verdict> check(List<GridEdition> editions, String trade, RateUnit unit, LocalDate on,
                                          String lineLabel, Money price) {
        return inForce(editions, trade, unit, on).flatMap(g -> check(g, lineLabel, price));
    }

    /**
     * The edition in force on {@code on} for the trade and unit: the latest valid from that day or before, of two
     * from one day the later recorded (the higher id). Editions of another trade or unit are ignored.
     */
    public static Optional<GridEdition> inForce(List<GridEdition> editions, String trade, RateUnit unit,
                                                LocalDate on) {
        return editions.stream().filter(e -> e.unit() == unit && tradeMatches(e.trade(), trade)
                        && !e.validFrom().isAfter(on))
                .max(Comparator.comparing(GridEdition::validFrom).thenComparingLong(GridEdition::id));
    }

    /**
     * Two trades written as people write them match: the same words in any case and with or without accents,
     * or one within the other ("traduction" and "Traduction technique"). A blank trade matches nothing.
     */
    public static boolean tradeMatches(String a, String b) {
        String x = normalized(a);
        String y = normalized(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.equals(y) || x.contains(y) || y.contains(x);
    }

    /** Lower case, no accents, single spaces. */
    public static String normalized(String trade) {
        if (trade == null) {
            return "";
        }
        String noMarks = Normalizer.normalize(trade, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noMarks.toLowerCase(Locale.ROOT).replaceAll("[\\s\u00a0]+", " ").strip();
    }
}
