package coop.essaim.kernel.people;

import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.EstablishmentDetails;
import coop.essaim.api.people.PathChange;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.servicetesting.CoreFixture;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link CoreFixture#withCooperative()} with the people tables emptied first (they refer to the core's, which
 * the core fixture empties), and two establishments, Lyon and Villeurbanne, created by the administrator
 * before each test. The cooperative is French; the clock reads 2 March 2026.
 */
public final class PeopleFixture implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** Children first, for the foreign keys; the ledger's postings refer to activities. */
    static final List<String> TABLES = List.of("LEDGER_YEAR_CLOSING", "LEDGER_POSTING", "LEDGER_ENTRY",
            "LEDGER_NUMBERING",
            "LEDGER_CHAIN_HEAD", "LEDGER_PERIOD_CLOSING", "ACTIVITY_BRANDING", "ACTIVITY_MEMBER", "ACTIVITY", "PERSON_NOTE", "PERSON_REFERENT",
            "EMPLOYMENT_TERMS", "PATH_ENTRY", "PERSON_TRADE", "PERSON", "ESTABLISHMENT");
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    public final CoreFixture f = CoreFixture.withCooperative();
    public KernelPeople people;
    public KernelActivities activities;
    public UserContext admin;
    public Establishment lyon;
    public Establishment villeurbanne;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        f.beforeAll(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        f.store.run(em -> TABLES.forEach(t -> em.createNativeQuery("DELETE FROM " + t).executeUpdate()));
        f.beforeEach(context);
        admin = f.admin;
        people = f.core.people();
        activities = f.core.activities();
        lyon = people.createEstablishment(admin, new EstablishmentDetails("Lyon",
                new Address("12 rue Garibaldi", "69003", "Lyon", "FR")));
        villeurbanne = people.createEstablishment(admin, new EstablishmentDetails("Villeurbanne",
                new Address("3 cours Émile Zola", "69100", "Villeurbanne", "FR")));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        f.afterAll(context);
    }

    public static PersonDetails member(String given, String family, long siteId, String... trades) {
        return new PersonDetails(PersonKind.MEMBER, given, family, null, false,
                given.toLowerCase() + "@oxalis.example", "06 00 00 00 00", Address.NONE, LocalDate.of(1985, 4, 12),
                siteId, List.of(trades), null);
    }

    public PersonDetails member(String given, String family, String... trades) {
        return member(given, family, lyon.id(), trades);
    }

    /** A member created by the administrator. */
    public Person create(String given, String family, String... trades) {
        return people.create(admin, member(given, family, trades));
    }

    /** A member whose file is linked to a new entrepreneur login; returns the login's context. */
    public UserContext entrepreneurWithFile(String login, String given, String family) {
        UserContext user = f.user(admin, login, "entrepreneur");
        PersonDetails d = member(given, family);
        people.create(admin, new PersonDetails(d.kind(), d.givenName(), d.familyName(), null, false, d.email(),
                null, Address.NONE, null, lyon.id(), List.of(), user.userId()));
        return user;
    }

    public long personOf(UserContext user) {
        return f.store.read(em -> em.createQuery("select p.id from Person p where p.userId = :u", Long.class)
                .setParameter("u", user.userId()).getSingleResult());
    }

    /** Posts an entry as the administrator, its piece as idempotency key (posting it again posts nothing). */
    public ValidatedEntry post(JournalCode journal, String piece, LocalDate date, String label, PostingLine... lines) {
        return f.core.ledger().post(admin, new EntryDraft(admin.cooperativeId(), journal, date, piece, date, label,
                List.of(lines), piece));
    }

    /** A sale of {@code cents} excl. VAT with 20 % VAT: 411000 to 706000 and 445710, on {@code activity}. */
    public ValidatedEntry invoice(String piece, LocalDate date, long activity, long cents) {
        long vat = cents / 5;
        return post(JournalCode.SALES, piece, date, "Facture " + piece,
                PostingLine.debit("411000", activity, eur(cents + vat)),
                PostingLine.credit("706000", activity, eur(cents)), PostingLine.credit("445710", activity, eur(vat)));
    }

    public static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    public static PathChange step(String status, LocalDate date) {
        return new PathChange(status, date, null, null, null);
    }

    public static PathChange contract(String status, LocalDate date, LocalDate plannedEnd) {
        return new PathChange(status, date, plannedEnd, null, null);
    }

    public static PathChange exit(LocalDate date, String reason, String details) {
        return new PathChange(NeutralPathModel.EXIT, date, null, reason, details);
    }
}
