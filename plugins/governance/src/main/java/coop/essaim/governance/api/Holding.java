package coop.essaim.governance.api;

import coop.essaim.api.money.Money;

/**
 * Where an associate stands in the register: the shares they hold, their nominal value, what they paid on them
 * and what they still owe ({@code subscribed - paid}), and what the cooperative owes them back after a redemption.
 */
public record Holding(long personId, String name, int shares, Money subscribed, Money paid, Money due,
                      Money refundOwed) {
}
