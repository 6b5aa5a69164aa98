package coop.essaim.invoicing.internal.bank;

import coop.essaim.api.money.Money;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/** A line read from a statement file, before it is stored. */
record StatementLine(LocalDate bookedOn, Money amount, String label, String counterparty, String bankReference) {

    /**
     * What identifies the line across overlapping statements: its date, amount, label and the bank's reference.
     * Two identical payments the same day with no bank reference are one line to this; banks give references in
     * CAMT.053, and a CSV export without them is rarely that ambiguous.
     */
    String fingerprint() {
        String key = bookedOn + "|" + amount.minorUnits() + "|" + amount.currency() + "|" + label + "|"
                + (bankReference == null ? "" : bankReference);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
