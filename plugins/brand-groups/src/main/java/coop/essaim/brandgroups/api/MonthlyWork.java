package coop.essaim.brandgroups.api;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A member's hours and invoiced work (excl. VAT) in a month, as entered for the pro-rata rules. */
public record MonthlyWork(long personId, YearMonth month, BigDecimal hours, Money invoiced) {
}
