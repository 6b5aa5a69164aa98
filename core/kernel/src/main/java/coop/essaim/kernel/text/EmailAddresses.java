package coop.essaim.kernel.text;

import java.util.regex.Pattern;

/**
 * Whether a text can be an e-mail address: one {@code @}, a dot in the domain, no space and no control character.
 * Deliberately loose (the test mail proves an address), but never lets in what a mail server or a database would
 * choke on.
 */
public final class EmailAddresses {

    private static final Pattern PLAUSIBLE = Pattern.compile(
            "[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

    private EmailAddresses() {
    }

    /** {@code address} as typed, surrounding spaces ignored. */
    public static boolean plausible(String address) {
        return address != null && PLAUSIBLE.matcher(address.strip()).matches();
    }
}
