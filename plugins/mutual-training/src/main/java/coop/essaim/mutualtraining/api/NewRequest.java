package coop.essaim.mutualtraining.api;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;

/**
 * What a member asks for: a training (internal: from the catalogue's {@code offerId}, or external), its goal, its
 * cost and hours, and how it serves their activity or path ({@code purpose}). {@code personId}: the member's
 * person record, read for their path phase (null: no phase known, the start-phase priority does not apply).
 */
public record NewRequest(String title, boolean internal, Long offerId, String goal, String purpose, Money cost,
                         BigDecimal hours, Long personId) {
}
