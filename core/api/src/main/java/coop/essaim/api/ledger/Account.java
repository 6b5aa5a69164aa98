package coop.essaim.api.ledger;

import java.util.Objects;

/**
 * An account of the chart: {@code code} as the country's chart writes it (French PCG {@code 706000}, Belgian
 * PCMN {@code 700000}), letters and digits only, at most 20; {@code label} in the chart's language;
 * {@code role} what the core reads it as in an activity's account (see {@link AccountRole}).
 */
public record Account(String code, String label, AccountKind kind, AccountRole role) {

    public Account {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        role = role == null ? AccountRole.GENERAL : role;
        if (!code.matches("[0-9A-Za-z]{1,20}")) {
            throw new IllegalArgumentException("account code '" + code + "': 1 to 20 letters or digits");
        }
    }

    /** An account with no particular role. */
    public Account(String code, String label, AccountKind kind) {
        this(code, label, kind, AccountRole.GENERAL);
    }
}
