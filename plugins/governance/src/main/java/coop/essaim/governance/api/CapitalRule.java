package coop.essaim.governance.api;

import coop.essaim.api.money.Money;

import java.time.LocalDate;

/**
 * The cooperative's capital rule from {@code validFrom} until the next edition: the nominal value of one share and
 * the least amount an associate subscribes on entry (for example one month of the gross minimum wage).
 */
public record CapitalRule(LocalDate validFrom, Money nominal, Money minimumEntry) {
}
