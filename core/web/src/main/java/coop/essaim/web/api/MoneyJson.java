package coop.essaim.web.api;

import coop.essaim.api.money.Money;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Money in JSON: {@code {"amount": "1200.00", "currency": "EUR"}}, the amount a decimal string with the
 * currency's digits, never a JSON number, which clients would read as a binary float.
 */
final class MoneyJson {

    private MoneyJson() {
    }

    static Map<String, Object> write(Money money) {
        if (money == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("amount", money.toPlainString());
        out.put("currency", money.currency().getCurrencyCode());
        return out;
    }

    /** The amount of {@code field}, or null (with the problem recorded) when absent or not an amount. */
    static Money read(JsonBody body, String field) {
        JsonBody money = body.object(field);
        if (money == null) {
            return null;
        }
        money.allowOnly(java.util.Set.of("amount", "currency"));
        String amount = money.requiredString("amount");
        String code = money.requiredString("currency");
        if (amount == null || code == null) {
            return null;
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code.strip());
        } catch (IllegalArgumentException e) {
            money.problem("currency", "api.field.currency", code);
            return null;
        }
        try {
            return Money.parse(amount, currency);
        } catch (IllegalArgumentException e) {
            money.problem("amount", "api.field.amount", amount, currency.getDefaultFractionDigits());
            return null;
        }
    }
}
