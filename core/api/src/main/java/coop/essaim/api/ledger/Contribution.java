package coop.essaim.api.ledger;

import coop.essaim.api.money.Money;

import java.util.Objects;

/**
 * What a {@link ContributionScheme} computed: the {@code amount} the activity owes the cooperative for the
 * period (already rounded to the minor unit), the {@code schemeId} that computed it, and an
 * {@code explanation} for the entrepreneur in the requested language, one line that lets them check the
 * figure ("10 % du chiffre d'affaires HT (1 200,00 €) : 120,00 €").
 */
public record Contribution(Money amount, String schemeId, String explanation) {

    public Contribution {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(schemeId, "schemeId");
        Objects.requireNonNull(explanation, "explanation");
    }
}
