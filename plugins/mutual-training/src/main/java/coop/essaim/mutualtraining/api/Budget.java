package coop.essaim.mutualtraining.api;

import coop.essaim.api.money.Money;

/**
 * The year's training budget: the contribution to training funds plus any grant, what approvals committed, what
 * was spent, and what remains to commit ({@code total - committed}; negative only after a recorded override).
 * {@code internalReserved} is the share of the total kept for internal trainers by the criteria in force.
 */
public record Budget(int year, Money contribution, Money grant, Money total, Money committed, Money spent,
                     Money remaining, Money internalReserved, Money externalCommitted) {
}
