package coop.essaim.brandgroups.api;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;

/**
 * A member's figure in a rule edition: {@code percent} for FIXED_PERCENT (to the hundredth), {@code fixed} (a
 * monthly amount) for FIXED_THEN_EQUAL; the other is null.
 */
public record MemberRule(long personId, BigDecimal percent, Money fixed) {
}
