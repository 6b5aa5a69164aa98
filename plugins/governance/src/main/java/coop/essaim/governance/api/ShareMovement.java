package coop.essaim.governance.api;

import coop.essaim.api.money.Money;

import java.time.LocalDate;

/**
 * One line of the append-only share register. {@code amount} is the nominal value of the shares (subscription,
 * redemption) or the money paid (payment); {@code refund} is the part of a redemption owed back to the associate
 * (what they had paid). {@code subscriptionId} is the subscription a payment settles; {@code correctsId} the movement
 * a correction cancels; {@code corrected} says whether a later correction cancelled this one.
 */
public record ShareMovement(long id, long personId, MovementKind kind, int shares, Money amount, Money refund,
                            LocalDate occurredOn, Long subscriptionId, Long correctsId, String note, Long entryId,
                            boolean corrected) {
}
