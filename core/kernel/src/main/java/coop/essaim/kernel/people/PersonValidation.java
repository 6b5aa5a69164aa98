package coop.essaim.kernel.people;

import coop.essaim.api.people.Address;
import coop.essaim.api.people.EstablishmentDetails;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.kernel.text.EmailAddresses;
import coop.essaim.kernel.user.UserAccountEntity;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a person file and an establishment must satisfy; every bad field is reported at once. */
final class PersonValidation {

    static final int MAX_TRADES = 20;
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final LocalDate OLDEST_BIRTH = LocalDate.of(1900, 1, 1);

    private PersonValidation() {
    }

    static void checkEstablishment(EstablishmentDetails d, Locale locale) {
        PeopleMessages errors = new PeopleMessages(locale);
        if (d == null) {
            throw PeopleMessages.refusal(locale, "name", "people.required");
        }
        errors.requireText("name", d.name(), 120);
        checkAddress(errors, d.address());
        errors.throwIfAny();
    }

    /** {@code personId}: the file being changed, null for a new one. */
    static void checkPerson(EntityManager em, long cooperativeId, Long personId, PersonDetails d, Locale locale,
                            LocalDate today) {
        if (d == null) {
            throw PeopleMessages.refusal(locale, "kind", "people.required");
        }
        PeopleMessages errors = new PeopleMessages(locale);
        if (d.kind() == null) {
            errors.add("kind", "people.required");
        }
        if (d.legalEntity()) {
            if (d.kind() != PersonKind.EXTERNAL_ASSOCIATE) {
                errors.add("legalEntity", "people.person.legalEntity.kind");
            }
            errors.requireText("organisation", d.organisation(), 200);
            errors.maxLength("givenName", d.givenName(), 100);
            errors.maxLength("familyName", d.familyName(), 100);
        } else {
            errors.requireText("givenName", d.givenName(), 100);
            errors.requireText("familyName", d.familyName(), 100);
            if (d.kind() == PersonKind.PARTNER) {
                errors.requireText("organisation", d.organisation(), 200);
            } else {
                errors.maxLength("organisation", d.organisation(), 200);
            }
        }
        if (d.email() != null && !d.email().isBlank()
                && (d.email().strip().length() > 254 || !EmailAddresses.plausible(d.email()))) {
            errors.add("email", "people.person.email.invalid");
        }
        errors.maxLength("phone", d.phone(), 40);
        checkAddress(errors, d.address());
        if (d.birthDate() != null && (d.birthDate().isAfter(today) || d.birthDate().isBefore(OLDEST_BIRTH))) {
            errors.add("birthDate", "people.person.birthDate.invalid");
        }
        EstablishmentEntity site = em.find(EstablishmentEntity.class, d.establishmentId());
        if (site == null || site.getCooperativeId() != cooperativeId) {
            errors.add("establishment", "people.person.establishment.unknown");
        }
        checkTrades(errors, d);
        checkUser(em, errors, cooperativeId, personId, d.userId());
        errors.throwIfAny();
    }

    private static void checkTrades(PeopleMessages errors, PersonDetails d) {
        if (d.trades().size() > MAX_TRADES) {
            errors.add("trades", "people.person.trades.tooMany", MAX_TRADES);
            return;
        }
        Set<String> keys = new HashSet<>();
        for (String trade : d.trades()) {
            if (trade == null || trade.isBlank() || trade.strip().length() > 80) {
                errors.add("trades", "people.person.trades.invalid");
                return;
            }
            if (!keys.add(PeopleText.key(trade))) {
                errors.add("trades", "people.person.trades.duplicate", trade.strip());
                return;
            }
        }
    }

    private static void checkUser(EntityManager em, PeopleMessages errors, long cooperativeId, Long personId,
                                  Long userId) {
        if (userId == null) {
            return;
        }
        UserAccountEntity u = em.find(UserAccountEntity.class, userId);
        if (u == null || u.getCooperativeId() != cooperativeId) {
            errors.add("user", "people.person.user.unknown");
            return;
        }
        // -1 matches no person: a new file has no id yet
        Long linked = em.createQuery("select count(p) from Person p where p.userId = :user and p.id <> :self",
                        Long.class)
                .setParameter("user", userId)
                .setParameter("self", personId == null ? -1L : personId)
                .getSingleResult();
        if (linked > 0) {
            errors.add("user", "people.person.user.taken");
        }
    }

    private static void checkAddress(PeopleMessages errors, Address a) {
        if (a == null) {
            return;
        }
        errors.maxLength("street", a.street(), 200);
        errors.maxLength("postalCode", a.postalCode(), 20);
        errors.maxLength("city", a.city(), 120);
        if (a.country() != null && !a.country().isBlank() && !COUNTRY.matcher(a.country().strip()).matches()) {
            errors.add("country", "people.address.country.invalid");
        }
    }
}
