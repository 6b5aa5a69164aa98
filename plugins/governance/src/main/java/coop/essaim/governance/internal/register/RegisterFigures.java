package coop.essaim.governance.internal.register;

import coop.essaim.api.money.Money;
import coop.essaim.governance.api.Holding;
import coop.essaim.governance.api.MovementKind;
import coop.essaim.governance.api.ShareMovement;

import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * What the register's lines add up to, the corrected lines and their corrections left out: for an associate, the
 * shares held (subscribed less redeemed), their nominal value, what was paid on them (payments less the refunds
 * of the redemptions) and what is still due; for a subscription, what remains to pay on it.
 */
final class RegisterFigures {

    private final List<ShareMovement> effective;
    private final Currency currency;

    RegisterFigures(List<ShareMovement> all, Currency currency) {
        this.effective = all.stream().filter(m -> m.kind() != MovementKind.CORRECTION && !m.corrected()).toList();
        this.currency = currency;
    }

    /** Marks each line a later correction cancels. */
    static List<ShareMovement> withCorrections(List<ShareMovement> lines) {
        Set<Long> corrected = lines.stream().map(ShareMovement::correctsId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return lines.stream().map(m -> corrected.contains(m.id()) ? new ShareMovement(m.id(), m.personId(),
                m.kind(), m.shares(), m.amount(), m.refund(), m.occurredOn(), m.subscriptionId(), m.correctsId(),
                m.note(), m.entryId(), true) : m).toList();
    }

    Holding holding(long personId, String name) {
        int shares = 0;
        long subscribed = 0;
        long paid = 0;
        long refund = 0;
        for (ShareMovement m : effective) {
            if (m.personId() != personId) {
                continue;
            }
            switch (m.kind()) {
                case SUBSCRIPTION -> {
                    shares += m.shares();
                    subscribed += m.amount().minorUnits();
                }
                case PAYMENT -> paid += m.amount().minorUnits();
                case REDEMPTION -> {
                    shares -= m.shares();
                    subscribed -= m.amount().minorUnits();
                    paid -= m.refund().minorUnits();
                    refund += m.refund().minorUnits();
                }
                default -> throw new IllegalStateException(m.kind().name());
            }
        }
        return new Holding(personId, name, shares, money(subscribed), money(paid), money(subscribed - paid),
                money(refund));
    }

    /** Every associate who ever held shares, in the order of their first line. */
    List<Holding> holdings(LongFunction<String> names) {
        return effective.stream().map(ShareMovement::personId).distinct().map(p -> holding(p, names.apply(p)))
                .toList();
    }

    /** What remains to pay on a subscription. */
    Money remaining(ShareMovement subscription) {
        long paid = effective.stream().filter(m -> m.kind() == MovementKind.PAYMENT
                && subscription.id() == (m.subscriptionId() == null ? -1 : m.subscriptionId()))
                .mapToLong(m -> m.amount().minorUnits()).sum();
        return money(subscription.amount().minorUnits() - paid);
    }

    boolean hasPayments(long subscriptionId) {
        return effective.stream().anyMatch(m -> m.kind() == MovementKind.PAYMENT && m.subscriptionId() != null
                && m.subscriptionId() == subscriptionId);
    }

    private Money money(long minor) {
        return Money.of(minor, currency);
    }
}
