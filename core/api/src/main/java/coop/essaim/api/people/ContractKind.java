package coop.essaim.api.people;

import java.util.Objects;

/**
 * A kind of contract a path status opens (the neutral model's support agreement and employment contract; the
 * French plugin's CAPE and CESA). A {@code fixedTerm} contract has a planned end, which renewals push back.
 */
public record ContractKind(String code, String labelKey, boolean fixedTerm) {

    public ContractKind {
        PathStatusDefinition.requireCode(code);
        Objects.requireNonNull(labelKey, "labelKey");
    }
}
