package coop.essaim.kernel.security;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.mail.MailPermissions;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.security.PermissionDefinition;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.servicetesting.CoreFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PermissionGrantsTest {

    static final String VALIDATE = "invoicing.invoice.validate";
    static final String READ = "invoicing.invoice.read";

    @RegisterExtension
    static final CoreFixture f = CoreFixture.withCooperative();
    final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void offerInvoicingPermissions() {
        f.registry.add("invoicing", PermissionContribution.class, () -> {
            calls.incrementAndGet();
            return List.of(
                    new PermissionDefinition(VALIDATE, "perm.validate", Set.of(CoreRoles.ADMINISTRATOR, CoreRoles.ACCOUNTANT)),
                    new PermissionDefinition(READ, "perm.read", Set.of(CoreRoles.ENTREPRENEUR, CoreRoles.ADVISER)));
        });
    }

    @Test
    void theCoreDefaultsGiveEachRoleWhatItsJobNeeds() {
        UserContext adviser = f.user(f.admin, "conseil", CoreRoles.ADVISER);
        UserContext accountant = f.user(f.admin, "compta", CoreRoles.ACCOUNTANT);
        UserContext entrepreneur = f.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);

        assertEquals(Set.of(CorePermissions.MODULES_VIEW, coop.essaim.api.ledger.LedgerPermissions.READ,
                CorePermissions.PEOPLE_READ, CorePermissions.PEOPLE_MANAGE, CorePermissions.PEOPLE_NOTES,
                CorePermissions.ACTIVITIES_READ, CorePermissions.ACTIVITIES_MANAGE), adviser.permissions());
        assertEquals(Set.of(CorePermissions.MODULES_VIEW, CorePermissions.AUDIT_VIEW, coop.essaim.api.ledger.LedgerPermissions.POST,
                coop.essaim.api.ledger.LedgerPermissions.READ, coop.essaim.api.ledger.LedgerPermissions.CLOSE, coop.essaim.api.ledger.LedgerPermissions.LETTER,
                CorePermissions.PEOPLE_READ, CorePermissions.ACTIVITIES_READ, MailPermissions.HISTORY),
                accountant.permissions());
        assertEquals(Set.of(coop.essaim.api.ledger.LedgerPermissions.READ_OWN), entrepreneur.permissions());
        assertEquals(Set.of(CoreRoles.ENTREPRENEUR), entrepreneur.roles());
        assertEquals(Locale.FRENCH, entrepreneur.locale());
    }

    @Test
    void aStartedModulesDefaultsReachEveryRoleTheyName() {
        f.registry.start("invoicing");

        UserContext adviser = f.user(f.admin, "conseil", CoreRoles.ADVISER);
        UserContext entrepreneur = f.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);
        assertTrue(f.core.users().contextOf(f.admin.userId()).can(VALIDATE));
        assertEquals(Set.of(CorePermissions.MODULES_VIEW, READ, coop.essaim.api.ledger.LedgerPermissions.READ,
                CorePermissions.PEOPLE_READ, CorePermissions.PEOPLE_MANAGE, CorePermissions.PEOPLE_NOTES,
                CorePermissions.ACTIVITIES_READ, CorePermissions.ACTIVITIES_MANAGE), adviser.permissions());
        assertEquals(Set.of(READ, coop.essaim.api.ledger.LedgerPermissions.READ_OWN), entrepreneur.permissions());
    }

    @Test
    void aUserWithSeveralRolesHoldsThePermissionsOfEach() {
        f.registry.start("invoicing");

        UserContext both = f.user(f.admin, "double", CoreRoles.ENTREPRENEUR, CoreRoles.ACCOUNTANT);

        assertEquals(Set.of(CorePermissions.MODULES_VIEW, CorePermissions.AUDIT_VIEW, VALIDATE, READ,
                coop.essaim.api.ledger.LedgerPermissions.POST, coop.essaim.api.ledger.LedgerPermissions.READ, coop.essaim.api.ledger.LedgerPermissions.CLOSE, coop.essaim.api.ledger.LedgerPermissions.LETTER,
                coop.essaim.api.ledger.LedgerPermissions.READ_OWN, CorePermissions.PEOPLE_READ, CorePermissions.ACTIVITIES_READ,
                MailPermissions.HISTORY), both.permissions());
    }

    @Test
    void anAdministratorsRevocationSurvivesTheModuleStartingAgain() {
        f.registry.start("invoicing");
        UserContext entrepreneur = f.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);
        assertTrue(entrepreneur.can(READ));

        f.core.permissions().decide(f.admin, CoreRoles.ENTREPRENEUR, READ, false);
        assertFalse(f.core.users().contextOf(entrepreneur.userId()).can(READ));

        f.registry.start("invoicing");
        f.core.permissions().reconcileAll();

        assertFalse(f.core.users().contextOf(entrepreneur.userId()).can(READ));
        assertEquals(2, calls.get(), "definitions are read once per start");
        f.core.permissions().decide(f.admin, CoreRoles.ENTREPRENEUR, READ, true);
        assertTrue(f.core.users().contextOf(entrepreneur.userId()).can(READ));
    }

    @Test
    void anAdministratorCanGrantWhatNoDefaultGave() {
        f.registry.start("invoicing");
        UserContext adviser = f.user(f.admin, "conseil", CoreRoles.ADVISER);

        f.core.permissions().decide(f.admin, CoreRoles.ADVISER, VALIDATE, true);

        assertTrue(f.core.users().contextOf(adviser.userId()).can(VALIDATE));
        assertEquals("core.permission.granted", f.core.audit().recent(f.admin, 1).get(0).action());
        assertTrue(f.core.permissions().grants(f.admin).get(CoreRoles.ADVISER).contains(VALIDATE));
    }

    @Test
    void decisionsStayInTheirCooperative() {
        f.registry.start("invoicing");
        UserContext other = f.otherCooperative();
        UserContext otherEntrepreneur = f.user(other, "paul", CoreRoles.ENTREPRENEUR);
        UserContext entrepreneur = f.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);

        f.core.permissions().decide(f.admin, CoreRoles.ENTREPRENEUR, READ, false);

        assertFalse(f.core.users().contextOf(entrepreneur.userId()).can(READ));
        assertTrue(f.core.users().contextOf(otherEntrepreneur.userId()).can(READ));
    }

    @Test
    void onlyUserManagersDecideAndAdministratorsKeepUserManagement() {
        UserContext entrepreneur = f.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);

        assertThrows(AccessDeniedException.class,
                () -> f.core.permissions().decide(entrepreneur, CoreRoles.ENTREPRENEUR, CorePermissions.AUDIT_VIEW, true));
        ValidationException e = assertThrows(ValidationException.class, () -> f.core.permissions()
                .decide(f.admin, CoreRoles.ADMINISTRATOR, CorePermissions.USERS_MANAGE, false));
        assertEquals("permission", e.errors().get(0).field());
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> f.core.permissions().decide(f.admin, "gardener", "nobody.declares.this", true));
        assertEquals(List.of("role", "permission"),
                unknown.errors().stream().map(ValidationException.FieldError::field).toList());
    }

    @Test
    void aDeactivatedUsersContextCarriesNoPermission() {
        UserContext accountant = f.user(f.admin, "compta", CoreRoles.ACCOUNTANT);

        f.core.users().deactivate(f.admin, accountant.userId());

        UserContext after = f.core.users().contextOf(accountant.userId());
        assertEquals(Set.of(CoreRoles.ACCOUNTANT), after.roles());
        assertEquals(Set.of(), after.permissions());
    }
}
