package coop.essaim.kernel.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonalData;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.servicetesting.CoreFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import static coop.essaim.kernel.people.NeutralPathModel.RECEPTION;
import static coop.essaim.kernel.people.NeutralPathModel.SUPPORT_AGREEMENT;
import static coop.essaim.kernel.people.PeopleFixture.contract;
import static coop.essaim.kernel.people.PeopleFixture.exit;
import static coop.essaim.kernel.people.PeopleFixture.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GDPR: a person's data exported whole, and anonymised once they left and the retention period passed. */
class PersonalDataTest {

    @RegisterExtension
    static final PeopleFixture p = new PeopleFixture();

    PersonalData privacy;
    UserContext adviser;
    UserContext jeanneLogin;
    long jeanne;

    @BeforeEach
    void jeanneWithAPathANoteAndAnActivity() {
        privacy = p.f.core.personalData();
        adviser = p.f.user(p.admin, "conseil", "adviser");
        jeanneLogin = p.entrepreneurWithFile("jeanne", "Jeanne", "Martin");
        jeanne = p.personOf(jeanneLogin);
        p.people.recordTransition(adviser, jeanne, new coop.essaim.api.people.PathChange(RECEPTION,
                LocalDate.of(2020, 1, 6), null, null, "réunion d’information à Lyon"));
        p.people.recordTransition(adviser, jeanne, contract(SUPPORT_AGREEMENT, LocalDate.of(2020, 2, 3),
                LocalDate.of(2021, 2, 2)));
        p.people.changeReferent(p.admin, jeanne, adviser.userId(), LocalDate.of(2020, 1, 6), "premier accueil");
        p.people.addNote(adviser, jeanne, "Projet de couture sur mesure, hésite sur les prix.");
        p.activities.create(adviser, new ActivityDetails("Couture Jeanne", "Fil d’Or", "couture",
                LocalDate.of(2020, 2, 3), "JM-COUT", List.of(jeanne)));
    }

    JsonNode json(UserContext actor, long person) throws Exception {
        StringWriter out = new StringWriter();
        privacy.export(actor, person, PersonalData.Format.JSON, out);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void theExportHoldsEverythingKeptAboutThePerson() throws Exception {
        JsonNode all = json(adviser, jeanne);
        assertEquals("Martin", all.at("/person/familyName").asText());
        assertEquals("jeanne@oxalis.example", all.at("/person/email").asText());
        assertEquals("Lyon", all.at("/person/site").asText());
        assertEquals(2, all.at("/path").size());
        assertEquals("2021-02-02", all.at("/path/1/plannedEnd").asText());
        assertEquals("réunion d’information à Lyon", all.at("/path/0/details").asText());
        assertEquals("premier accueil", all.at("/referents/0/reason").asText());
        assertEquals("User conseil", all.at("/referents/0/adviser").asText());
        assertEquals("JM-COUT", all.at("/activities/0/analyticCode").asText());
        assertEquals("jeanne", all.at("/login/login").asText());
        assertEquals("Projet de couture sur mesure, hésite sur les prix.", all.at("/notes/0/text").asText());
        assertTrue(all.at("/auditTrail").size() >= 4, all.at("/auditTrail").toString());
        assertEquals("core.person.created", all.at("/auditTrail/0/action").asText());
    }

    @Test
    void theCsvExportHasOneRowPerValue() {
        StringWriter out = new StringWriter();
        privacy.export(adviser, jeanne, PersonalData.Format.CSV, out);
        List<String> rows = out.toString().lines().toList();
        assertEquals("section,item,field,value", rows.get(0));
        assertTrue(rows.contains("person,0,familyName,Martin"), rows.toString());
        assertTrue(rows.contains("path,2,status,support-agreement"), rows.toString());
        assertTrue(rows.contains("notes,1,text,\"Projet de couture sur mesure, hésite sur les prix.\""), rows.toString());
    }

    @Test
    void anEntrepreneurExportsTheirOwnFileWithoutTheNotesAndNobodyElses() throws Exception {
        JsonNode mine = json(jeanneLogin, jeanne);
        assertEquals("Martin", mine.at("/person/familyName").asText());
        assertEquals("core.people.notes", mine.at("/notes/withheld").asText());
        long paul = p.create("Paul", "Girard").id();
        ValidationException e = assertThrows(ValidationException.class, () -> json(jeanneLogin, paul));
        assertEquals("person", e.errors().get(0).field());
        UserContext accountant = p.f.user(p.admin, "compta", "accountant");
        assertThrows(AccessDeniedException.class, () -> json(accountant, jeanne));
        UserContext other = p.f.otherCooperative();
        assertThrows(ValidationException.class, () -> json(other, jeanne));
    }

    @Test
    void aMemberIsAnonymisedOnlyAfterTheirExitAndTheRetentionPeriod() {
        ValidationException notLeft = assertThrows(ValidationException.class, () -> privacy.anonymise(p.admin, jeanne));
        assertEquals("Seul un membre sorti peut être anonymisé : enregistrez d’abord sa sortie.",
                notLeft.errors().get(0).message());
        p.people.recordTransition(adviser, jeanne, exit(LocalDate.of(2021, 6, 30), "own-company", null));
        assertEquals(LocalDate.of(2026, 6, 30), privacy.anonymisableFrom(p.admin, jeanne).orElseThrow());
        ValidationException early = assertThrows(ValidationException.class, () -> privacy.anonymise(p.admin, jeanne));
        assertEquals("La durée de conservation court jusqu’au 30 juin 2026 : le dossier pourra être anonymisé à partir"
                + " de cette date.", early.errors().get(0).message());
        assertEquals(1, p.f.rows("PERSON_NOTE"));

        p.f.core.settings().change(p.admin, PersonalData.RETENTION_SETTING, "48");
        assertThrows(AccessDeniedException.class, () -> privacy.anonymise(adviser, jeanne));
        Person done = privacy.anonymise(p.admin, jeanne);
        assertEquals("#" + jeanne, done.displayName());
        assertNull(done.details().email());
        assertNull(done.details().birthDate());
        assertNull(done.details().userId());
        assertEquals(NeutralPathModel.EXIT, done.statusCode());
        assertEquals(p.lyon.id(), done.details().establishmentId());
        assertEquals(0, p.f.rows("PERSON_NOTE"));
        assertEquals(3, p.people.path(p.admin, jeanne).orElseThrow().entries().size());
        assertNull(p.people.path(p.admin, jeanne).orElseThrow().entries().get(0).details());
        assertEquals("-", p.people.referents(p.admin, jeanne).get(0).reason());
        assertFalse(p.f.core.authentication().login("jeanne", CoreFixture.PASSWORD.toCharArray(), "127.0.0.1").ok());
        assertEquals(1, p.activities.list(p.admin, null, null).get(0).members().size());
        ValidationException twice = assertThrows(ValidationException.class, () -> privacy.anonymise(p.admin, jeanne));
        assertEquals("Cette personne a déjà été anonymisée.", twice.errors().get(0).message());
    }

    @Test
    void aPartnerMayBeAnonymisedAtOnce() {
        Person partner = p.people.create(p.admin, new PersonDetails(PersonKind.PARTNER, "Luc", "Moreau",
                "Métropole de Lyon", false, "luc@metropole.example", null, Address.NONE, null, p.lyon.id(),
                List.of(), null));
        assertEquals("#" + partner.id(), privacy.anonymise(p.admin, partner.id()).displayName());
    }
}
