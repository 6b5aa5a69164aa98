package coop.essaim.tradegroups.api;

/** What a grid's minimum prices are per. */
public enum RateUnit {
    DAY, HOUR, WORD, PAGE, UNIT
}
