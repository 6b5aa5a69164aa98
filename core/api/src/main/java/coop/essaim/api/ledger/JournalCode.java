package coop.essaim.api.ledger;

import java.util.Objects;

/**
 * A journal: entries are numbered per journal and fiscal year. The core's journals are the constants; a
 * country plugin may use others (upper case letters, digits and underscore, 2 to 20 characters).
 */
public record JournalCode(String code) {

    public static final JournalCode SALES = new JournalCode("SALES");
    public static final JournalCode PURCHASES = new JournalCode("PURCHASES");
    public static final JournalCode BANK = new JournalCode("BANK");
    public static final JournalCode PAYROLL = new JournalCode("PAYROLL");
    public static final JournalCode MISC = new JournalCode("MISC");
    /** Opening balances (à-nouveaux) of a fiscal year. */
    public static final JournalCode OPENING = new JournalCode("OPENING");

    public JournalCode {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z][A-Z0-9_]{1,19}")) {
            throw new IllegalArgumentException("journal code '" + code + "': 2 to 20 upper case letters, digits or _");
        }
    }

    public static JournalCode of(String code) {
        return new JournalCode(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
