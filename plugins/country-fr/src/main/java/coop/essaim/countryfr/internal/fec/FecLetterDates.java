package coop.essaim.countryfr.internal.fec;

import coop.essaim.api.ledger.Letter;
import coop.essaim.api.ledger.Lettering;
import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The day each lettering code of an account was given (DateLet), read from the core's lettering once per account
 * the export meets. A code given when the entry was posted is not one the lettering service made: its day is the
 * day the entry was validated, which the caller supplies.
 */
final class FecLetterDates {

    private final Lettering lettering;
    private final UserContext user;
    private final Map<String, Map<String, LocalDate>> byAccount = new HashMap<>();

    FecLetterDates(Lettering lettering, UserContext user) {
        this.lettering = lettering;
        this.user = user;
    }

    Optional<LocalDate> letteredOn(String accountCode, String code) {
        return Optional.ofNullable(byAccount.computeIfAbsent(accountCode, this::load).get(code));
    }

    private Map<String, LocalDate> load(String accountCode) {
        Map<String, LocalDate> days = new HashMap<>();
        for (int offset = 0; ; offset += Lettering.MAX_PAGE) {
            var page = lettering.lettered(user, accountCode, offset, Lettering.MAX_PAGE);
            for (Letter letter : page) {
                days.put(letter.code(), letter.letteredOn());
            }
            if (page.size() < Lettering.MAX_PAGE) {
                return days;
            }
        }
    }
}
