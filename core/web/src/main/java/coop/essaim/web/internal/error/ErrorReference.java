package coop.essaim.web.internal.error;

import java.security.SecureRandom;
import java.util.Locale;

/** Short ids that tie what a user reports ("erreur E-7K2QF9") to the log line with the stack trace. */
public final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();
    // no 0/O, 1/I: the id is read aloud or copied by hand
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private ErrorReference() {
    }

    public static String next() {
        StringBuilder sb = new StringBuilder("E-");
        for (int i = 0; i < 8; i++) {
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** True for text shaped like a reference, so a page never echoes arbitrary input. */
    public static boolean isReference(String text) {
        return text != null && text.matches("E-[2-9A-HJ-NP-Z]{8}");
    }
}
