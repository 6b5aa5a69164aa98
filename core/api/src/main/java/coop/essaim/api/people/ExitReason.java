package coop.essaim.api.people;

import java.util.Objects;

/** Why a person left; {@code needsDetails}: the person recording the exit must say more in free text. */
public record ExitReason(String code, String labelKey, boolean needsDetails) {

    public ExitReason {
        PathStatusDefinition.requireCode(code);
        Objects.requireNonNull(labelKey, "labelKey");
    }
}
