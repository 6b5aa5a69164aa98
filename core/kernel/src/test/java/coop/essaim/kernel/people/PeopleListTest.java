package coop.essaim.kernel.people;

import coop.essaim.api.people.Address;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.people.ReferentAssignment;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static coop.essaim.kernel.people.NeutralPathModel.RECEPTION;
import static coop.essaim.kernel.people.NeutralPathModel.SUPPORT_AGREEMENT;
import static coop.essaim.kernel.people.PeopleFixture.contract;
import static coop.essaim.kernel.people.PeopleFixture.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Person files: validation, the list's filters and pages, and the referent history. */
class PeopleListTest {

    @RegisterExtension
    static final PeopleFixture p = new PeopleFixture();

    List<String> names(PersonQuery q) {
        return p.people.list(p.admin, q).items().stream().map(Person::displayName).toList();
    }

    @Test
    void badDetailsAreRefusedFieldByField() {
        ValidationException e = assertThrows(ValidationException.class, () -> p.people.create(p.admin,
                new PersonDetails(PersonKind.PARTNER, " ", "Martin", null, false, "not-an-address", null,
                        new Address(null, null, null, "France"), LocalDate.of(2030, 1, 1), 999_999L,
                        List.of("couture", "Couture"), 999_999L)));
        assertEquals(List.of("givenName", "organisation", "email", "country", "birthDate", "establishment", "trades",
                "user"), e.errors().stream().map(ValidationException.FieldError::field).toList());
        assertEquals("Le métier « Couture » est indiqué deux fois.", e.errors().get(6).message());
        assertEquals(0, p.f.rows("PERSON"));
    }

    @Test
    void externalAssociatesMayBeLegalEntitiesAndPartnersHaveAnOrganisation() {
        Person fund = p.people.create(p.admin, new PersonDetails(PersonKind.EXTERNAL_ASSOCIATE, null, null,
                "France Active", true, null, null, null, null, p.lyon.id(), List.of(), null));
        Person partner = p.people.create(p.admin, new PersonDetails(PersonKind.PARTNER, "Luc", "Moreau",
                "Métropole de Lyon", false, null, null, null, null, p.lyon.id(), List.of(), null));
        assertEquals("France Active", fund.displayName());
        assertEquals("Luc Moreau", partner.displayName());
        ValidationException e = assertThrows(ValidationException.class, () -> p.people.create(p.admin,
                new PersonDetails(PersonKind.MEMBER, null, null, "SARL X", true, null, null, null, null, p.lyon.id(),
                        List.of(), null)));
        assertEquals("legalEntity", e.errors().get(0).field());
    }

    @Test
    void theListFiltersByStatusSiteReferentTradeKindAndSearchAndPages() {
        UserContext claire = p.f.user(p.admin, "claire", CoreRoles.ADVISER);
        long jeanne = p.create("Jeanne", "Martin", "Couture", "retouches").id();
        long elodie = p.people.create(p.admin, PeopleFixture.member("Élodie", "Lefèvre", p.villeurbanne.id(),
                "graphisme")).id();
        long paul = p.create("Paul", "Girard", "menuiserie").id();
        p.people.recordTransition(p.admin, jeanne, step(RECEPTION, LocalDate.of(2025, 1, 6)));
        p.people.recordTransition(p.admin, jeanne, contract(SUPPORT_AGREEMENT, LocalDate.of(2025, 2, 1),
                LocalDate.of(2026, 1, 31)));
        p.people.recordTransition(p.admin, elodie, step(RECEPTION, LocalDate.of(2025, 1, 6)));
        p.people.changeReferent(p.admin, paul, claire.userId(), LocalDate.of(2025, 3, 1), "new arrival");
        p.people.create(p.admin, new PersonDetails(PersonKind.PERMANENT_STAFF, "Anne", "Roux", null, false, null,
                null, null, null, p.lyon.id(), List.of(), null));

        PersonQuery all = PersonQuery.all(0, 50);
        assertEquals(List.of("Paul Girard", "Élodie Lefèvre", "Jeanne Martin", "Anne Roux"), names(all));
        assertEquals(List.of("Jeanne Martin"), names(all.withStatus(SUPPORT_AGREEMENT)));
        assertEquals(List.of("Élodie Lefèvre"), names(all.withEstablishment(p.villeurbanne.id())));
        assertEquals(List.of("Paul Girard"), names(all.withReferent(claire.userId())));
        assertEquals(List.of("Jeanne Martin"), names(all.withTrade("couture")));
        assertEquals(List.of("Anne Roux"), names(all.withKind(PersonKind.PERMANENT_STAFF)));
        assertEquals(List.of("Élodie Lefèvre"), names(all.withSearch("lefevre")));
        assertEquals(List.of("Élodie Lefèvre"), names(all.withSearch("ÉLO")));
        assertEquals(List.of("Jeanne Martin"), names(all.withSearch("jeanne@")));
        assertEquals(List.of(), names(all.withSearch("%")));
        assertEquals(List.of("Jeanne Martin"), names(all.withStatus(SUPPORT_AGREEMENT).withEstablishment(p.lyon.id())
                .withTrade("Retouches")));

        var page = p.people.list(p.admin, PersonQuery.all(1, 2));
        assertEquals(4, page.total());
        assertEquals(List.of("Élodie Lefèvre", "Jeanne Martin"), page.items().stream().map(Person::displayName).toList());
        assertEquals(List.of(), p.people.list(p.admin, PersonQuery.all(10, 2)).items());
    }

    @Test
    void updatingAFileReplacesItsTradesAndKeepsItsPath() {
        long jeanne = p.create("Jeanne", "Martin", "couture").id();
        p.people.recordTransition(p.admin, jeanne, step(RECEPTION, LocalDate.of(2025, 1, 6)));

        Person changed = p.people.update(p.admin, jeanne, p.member("Jeanne", "Martin-Durand", "couture", "broderie"));

        assertEquals(List.of("couture", "broderie"), changed.details().trades());
        assertEquals(RECEPTION, changed.statusCode());
        ValidationException e = assertThrows(ValidationException.class, () -> p.people.update(p.admin, jeanne,
                new PersonDetails(PersonKind.PARTNER, "Jeanne", "Martin", "Org", false, null, null, null, null,
                        p.lyon.id(), List.of(), null)));
        assertEquals("kind", e.errors().get(0).field());
    }

    @Test
    void theReferentHistoryKeepsEveryChangeWithItsReason() {
        UserContext claire = p.f.user(p.admin, "claire", CoreRoles.ADVISER);
        UserContext marc = p.f.user(p.admin, "marc", CoreRoles.ADVISER);
        UserContext louis = p.f.user(p.admin, "louis", CoreRoles.ACCOUNTANT);
        long jeanne = p.create("Jeanne", "Martin").id();

        p.people.changeReferent(p.admin, jeanne, claire.userId(), LocalDate.of(2025, 2, 1), "support agreement signed");
        Person now = p.people.changeReferent(claire, jeanne, marc.userId(), LocalDate.of(2025, 9, 1),
                "asked by Jeanne: closer to her workshop");

        assertEquals(marc.userId(), now.referentUserId());
        List<ReferentAssignment> history = p.people.referents(p.admin, jeanne);
        assertEquals(List.of(claire.userId(), marc.userId()), history.stream().map(ReferentAssignment::adviserUserId).toList());
        assertEquals("asked by Jeanne: closer to her workshop", history.get(1).reason());
        assertEquals("claire", history.get(1).recordedBy());

        assertReferentRefused("referent", "Choisissez un utilisateur actif de la coopérative qui a le rôle de chargé "
                + "d’accompagnement.", jeanne, louis.userId(), LocalDate.of(2025, 10, 1), "accountant");
        assertReferentRefused("referent", "C’est déjà le référent de cette personne.", jeanne, marc.userId(),
                LocalDate.of(2025, 10, 1), "again");
        assertReferentRefused("from", "La date ne peut pas précéder le dernier changement de référent (1 septembre 2025).",
                jeanne, claire.userId(), LocalDate.of(2025, 8, 1), "back");
        assertReferentRefused("from", "Un changement de référent prend effet aujourd’hui ou dans le passé.", jeanne,
                claire.userId(), PeopleFixture.TODAY.plusDays(1), "later");
        assertReferentRefused("reason", "Ce champ est obligatoire.", jeanne, claire.userId(), PeopleFixture.TODAY, " ");
        assertEquals(2, p.f.rows("PERSON_REFERENT"));
        assertEquals(2, p.f.core.audit().recent(p.admin, 50).stream()
                .filter(a -> a.action().equals("core.person.referent")).count());
    }

    void assertReferentRefused(String field, String message, long personId, Long adviser, LocalDate from, String why) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> p.people.changeReferent(p.admin, personId, adviser, from, why));
        assertEquals(field, e.errors().get(0).field(), e.getMessage());
        assertEquals(message, e.errors().get(0).message());
    }
}
