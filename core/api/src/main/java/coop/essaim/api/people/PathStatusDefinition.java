package coop.essaim.api.people;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One status of a path model. {@code code} is stored in the history (lower case, dashes: {@code support-agreement});
 * {@code labelKey} is translated from the contributing module's bundle. {@code initial}: a path may start with
 * it. {@code next}: the statuses that may follow it (the only transitions the core accepts). Entering it opens a
 * contract of kind {@code opensContract} (null: none) and ends the open contracts whose kinds are in
 * {@code endsContracts}; an {@code exit} status ends every open contract and closes the path; an
 * {@code associate} status means the person became associate (the associate deadline no longer applies).
 * A status whose {@code endsContracts} holds the kind it opens may follow itself: entering it again ends the open
 * contract of that kind and opens the next one (successive fixed-term contracts, such as Belgian short job
 * contracts of a day, a week or a month); otherwise nobody holds two open contracts of one kind. A fixed-term
 * contract may last a single day (its planned end on its start day).
 */
public record PathStatusDefinition(String code, String labelKey, boolean initial, Set<String> next,
                                   String opensContract, Set<String> endsContracts, boolean exit,
                                   boolean associate) {

    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public PathStatusDefinition {
        requireCode(code);
        Objects.requireNonNull(labelKey, "labelKey");
        next = Set.copyOf(next == null ? Set.of() : next);
        endsContracts = Set.copyOf(endsContracts == null ? Set.of() : endsContracts);
        if (opensContract != null) {
            requireCode(opensContract);
        }
        if (exit && (initial || !next.isEmpty() || opensContract != null)) {
            throw new IllegalArgumentException("status " + code + ": an exit status ends the path");
        }
    }

    static void requireCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code '" + code + "': expected lower case letters, digits, dashes");
        }
    }
}
