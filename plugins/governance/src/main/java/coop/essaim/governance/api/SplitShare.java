package coop.essaim.governance.api;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;

/**
 * What one person receives of a split: a {@link Kind#PARTICIPATION} as an employee in proportion to {@code base}
 * (their gross salary, their hours, or 1 when shared equally), or a {@link Kind#DIVIDEND} as an associate in
 * proportion to the shares they held at the year's end ({@code base}).
 */
public record SplitShare(long personId, String name, Kind kind, BigDecimal base, Money amount) {

    public enum Kind {
        PARTICIPATION,
        DIVIDEND
    }
}
