package coop.essaim.brandgroups.api;

import coop.essaim.api.money.Money;

/**
 * One member's salary budget for a month: what payroll and the adviser use. {@code daysPresent} of
 * {@code daysInMonth}; {@code settlement} when the member left during that month, so this share is the due share
 * settled at their leaving.
 */
public record MemberShare(long personId, Money amount, int daysPresent, int daysInMonth, boolean settlement) {
}
