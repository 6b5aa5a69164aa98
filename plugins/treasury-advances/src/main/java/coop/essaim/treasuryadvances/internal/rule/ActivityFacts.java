package coop.essaim.treasuryadvances.internal.rule;

import coop.essaim.api.money.Money;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the rules look at for one request, read on {@code today}: the activity's start, its unpaid invoices not yet
 * overdue ({@code invoicesKnown} false when no started module reports unpaid invoices), what its advances owe
 * (approved ones included), whether one is overdue; the cooperative's whole exposure and its treasury (empty when
 * the reader may not see it).
 */
public record ActivityFacts(LocalDate today, LocalDate activityStart, boolean invoicesKnown, Money unpaidNotOverdue,
                            Money activityOutstanding, boolean activityOverdue, Money cooperativeExposure,
                            Optional<Money> cooperativeTreasury) {
}
