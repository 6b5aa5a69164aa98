package coop.essaim.tradegroups.api;

import coop.essaim.api.money.Money;

/** A line of a rate grid: what is priced ("Reportage, journée") and its minimum price per unit, excl. VAT. */
public record GridLine(String label, Money minimum) {
}
