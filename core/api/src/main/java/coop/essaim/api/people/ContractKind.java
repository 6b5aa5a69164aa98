package coop.essaim.api.people;

import java.util.Objects;

/**
 * A kind of contract a path status opens (the neutral model's support agreement and employment contract; the
 * French plugin's CAPE and CESA). A {@code fixedTerm} contract has a planned end, which renewals push back.
 * {@code employment}: a contract of employment, so whoever holds it open is a salaried entrepreneur (CESA, a
 * Belgian short job), which the activity reports count; a support agreement (CAPE) is not one.
 */
public record ContractKind(String code, String labelKey, boolean fixedTerm, boolean employment) {

    public ContractKind {
        PathStatusDefinition.requireCode(code);
        Objects.requireNonNull(labelKey, "labelKey");
    }

    /** A contract that is not one of employment (a support agreement). */
    public ContractKind(String code, String labelKey, boolean fixedTerm) {
        this(code, labelKey, fixedTerm, false);
    }
}
