package coop.essaim.kernel.setup;

import coop.essaim.api.audit.AuditEntry;
import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.NewCooperative;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.security.PermissionDefinition;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.servicetesting.CoreFixture;
import coop.essaim.kernel.setup.FirstRunSetup.NewAdministrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static coop.essaim.kernel.servicetesting.CoreFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelFirstRunSetupTest {

    @RegisterExtension
    static final CoreFixture f = CoreFixture.empty();

    @Test
    void createsTheCooperativeAndItsAdministratorWithTheCorePermissions() {
        assertTrue(f.core.setup().needed());

        UserContext admin = f.setUpCooperative();

        assertFalse(f.core.setup().needed());
        assertEquals("marie", admin.login());
        assertEquals(Set.of(CoreRoles.ADMINISTRATOR), admin.roles());
        assertEquals(Set.of(CorePermissions.MODULES_VIEW, CorePermissions.USERS_MANAGE, CorePermissions.AUDIT_VIEW,
                CorePermissions.COOPERATIVE_MANAGE, coop.essaim.api.ledger.LedgerPermissions.POST, coop.essaim.api.ledger.LedgerPermissions.READ,
                coop.essaim.api.ledger.LedgerPermissions.CLOSE, coop.essaim.api.ledger.LedgerPermissions.LETTER, CorePermissions.PEOPLE_READ, CorePermissions.PEOPLE_MANAGE,
                CorePermissions.PEOPLE_ANONYMISE,
                CorePermissions.ACTIVITIES_READ, CorePermissions.ACTIVITIES_MANAGE,
                coop.essaim.api.mail.MailPermissions.HISTORY), admin.permissions());
        Cooperative coop = f.core.cooperatives().all().get(0);
        assertEquals(admin.cooperativeId(), coop.id());
        assertEquals(new Cooperative(coop.id(), "Coopérative Oxalis Test", "Oxalis", "SCOP_SA", "FR", "EUR", 1, "fr",
                f.clock.instant()), coop);
        List<String> actions = f.core.audit().recent(admin, 10).stream().map(AuditEntry::action).toList();
        assertTrue(actions.containsAll(List.of("core.cooperative.created", "core.user.created",
                "core.permission.defaults")), actions.toString());
        assertTrue(f.core.authentication().login("marie", PASSWORD.toCharArray(), null).ok());
    }

    static Stream<Arguments> badFields() {
        NewCooperative ok = CoreFixture.cooperative();
        NewAdministrator a = CoreFixture.administrator();
        return Stream.of(
                Arguments.of("legalName", with(ok, "", null, null, null, 0, null), a),
                Arguments.of("legalName", with(ok, "x".repeat(201), null, null, null, 0, null), a),
                Arguments.of("shortName", new NewCooperative(ok.legalName(), " ", ok.legalForm(), ok.country(),
                        ok.currency(), 1, "fr"), a),
                Arguments.of("legalForm", with(ok, null, "SCIC", null, null, 0, null), a),
                Arguments.of("country", with(ok, null, null, "XX", null, 0, null), a),
                Arguments.of("country", with(ok, null, null, "fr", null, 0, null), a),
                Arguments.of("currency", with(ok, null, null, null, "EURO", 0, null), a),
                Arguments.of("currency", with(ok, null, null, null, "ZZZ", 0, null), a),
                Arguments.of("fiscalYearStartMonth", with(ok, null, null, null, null, 13, null), a),
                Arguments.of("fiscalYearStartMonth", with(ok, null, null, null, null, -1, null), a),
                Arguments.of("defaultLocale", with(ok, null, null, null, null, 0, "de"), a),
                Arguments.of("login", ok, new NewAdministrator("ab", a.displayName(), a.email(), a.password())),
                Arguments.of("login", ok, new NewAdministrator("Marie Curie", a.displayName(), a.email(), a.password())),
                Arguments.of("displayName", ok, new NewAdministrator(a.login(), "", a.email(), a.password())),
                Arguments.of("email", ok, new NewAdministrator(a.login(), a.displayName(), "marie.oxalis", a.password())),
                Arguments.of("email", ok, new NewAdministrator(a.login(), a.displayName(), "marie@oxalis", a.password())),
                Arguments.of("password", ok, new NewAdministrator(a.login(), a.displayName(), a.email(),
                        "eleven-char".toCharArray())),
                Arguments.of("password", ok, new NewAdministrator(a.login(), a.displayName(), a.email(),
                        "é".repeat(37).toCharArray())));
    }

    private static NewCooperative with(NewCooperative c, String legalName, String form, String country, String currency,
                                       int month, String locale) {
        return new NewCooperative(legalName == null ? c.legalName() : legalName, c.shortName(),
                form == null ? c.legalForm() : form, country == null ? c.country() : country,
                currency == null ? c.currency() : currency, month == 0 ? c.fiscalYearStartMonth() : month,
                locale == null ? c.defaultLocale() : locale);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFields")
    void refusesEachBadFieldAndWritesNothing(String field, NewCooperative coop, NewAdministrator admin) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> f.core.setup().createFirstCooperative(coop, admin));

        assertEquals(List.of(field), e.errors().stream().map(ValidationException.FieldError::field).toList());
        assertNothingWritten();
    }

    @Test
    void listsEveryBadFieldAtOnceInTheChosenLanguage() {
        NewCooperative coop = new NewCooperative("", "", "X", "ZZ", "???", 0, "en");
        NewAdministrator admin = new NewAdministrator("A", "", "nope", "short".toCharArray());

        ValidationException e = assertThrows(ValidationException.class,
                () -> f.core.setup().createFirstCooperative(coop, admin));

        assertEquals(List.of("legalName", "shortName", "legalForm", "country", "currency", "fiscalYearStartMonth",
                "login", "displayName", "email", "password"),
                e.errors().stream().map(ValidationException.FieldError::field).toList());
        assertEquals("This field is required.", e.errors().get(0).message());
        assertEquals("At least 12 characters.", e.errors().get(9).message());
        assertNothingWritten();
    }

    @Test
    void speaksFrenchWhenTheLanguageIsFrenchOrUnknown() {
        NewCooperative coop = with(CoreFixture.cooperative(), "", null, null, null, 0, "xx");

        ValidationException e = assertThrows(ValidationException.class,
                () -> f.core.setup().createFirstCooperative(coop, CoreFixture.administrator()));

        assertEquals("Ce champ est obligatoire.", e.errors().get(0).message());
        assertEquals("Choisissez parmi : fr, en.", e.errors().get(1).message());
    }

    @Test
    void refusesASecondSetupAndChangesNothing() {
        f.setUpCooperative();
        long users = f.rows("USER_ACCOUNT");
        long audit = f.rows("AUDIT_EVENT");

        ValidationException e = assertThrows(ValidationException.class, () -> f.core.setup().createFirstCooperative(
                new NewCooperative("Autre", "Autre", "OTHER", "BE", "EUR", 1, "fr"),
                new NewAdministrator("paul", "Paul", "paul@autre.example", PASSWORD.toCharArray())));

        assertEquals("cooperative", e.errors().get(0).field());
        assertEquals(1, f.core.cooperatives().all().size());
        assertEquals(users, f.rows("USER_ACCOUNT"));
        assertEquals(audit, f.rows("AUDIT_EVENT"));
    }

    @Test
    void grantsTheDefaultsOfModulesThatStartedBeforeAnyCooperativeExisted() {
        f.registry.add("invoicing", PermissionContribution.class, () -> List.of(
                new PermissionDefinition("invoicing.invoice.validate", "perm.validate", Set.of(CoreRoles.ADMINISTRATOR)),
                new PermissionDefinition("invoicing.invoice.read", "perm.read", Set.of(CoreRoles.ENTREPRENEUR))));
        f.registry.start("invoicing"); // no cooperative yet: nothing to grant in

        UserContext admin = f.setUpCooperative();

        assertTrue(admin.can("invoicing.invoice.validate"));
        assertFalse(admin.can("invoicing.invoice.read"));
    }

    private void assertNothingWritten() {
        assertTrue(f.core.setup().needed());
        for (String table : List.of("COOPERATIVE", "USER_ACCOUNT", "USER_ROLE", "ROLE_PERMISSION", "AUDIT_EVENT")) {
            assertEquals(0, f.rows(table), table);
        }
    }
}
