package coop.essaim.invoicing.api;

import coop.essaim.api.money.Money;

import java.math.BigDecimal;

/**
 * A line as typed: {@code quantity} of {@code unitCode} (UN/ECE recommendation 20: {@code C62} one, {@code HUR}
 * hour, {@code DAY} day) at {@code unitPrice} excl. VAT, less {@code discountPercent} (0 to 100), with the VAT
 * rate {@code vatCode} of the country's rules.
 */
public record LineDraft(String description, LineKind kind, BigDecimal quantity, String unitCode, Money unitPrice,
                        BigDecimal discountPercent, String vatCode) {
}
