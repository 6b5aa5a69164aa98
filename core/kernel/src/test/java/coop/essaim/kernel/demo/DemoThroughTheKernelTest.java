package coop.essaim.kernel.demo;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.People;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserDirectory;
import coop.essaim.kernel.Kernel;
import coop.essaim.kernel.KernelBootstrap;
import coop.essaim.kernel.host.HostEnvironment;
import coop.essaim.kernel.security.Authentication;
import coop.essaim.kernel.servicetesting.CoreFixture;
import coop.essaim.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The domain services as a host sees them: through KernelBootstrap, the real registry and a restart. */
class DemoThroughTheKernelTest {

    @TempDir
    Path home;

    @Test
    void theDemoIsCreatedOnceAndItsUsersWorkAcrossARestart() {
        CoreFixture.useTestPasswordCost();
        HostEnvironment env = new HostEnvironment(home, home.resolve("data"), "test", true);
        try (TestDatabase db = TestDatabase.create(home)) {
            db.writeConfig(home);
            List<DemoLogin> logins;
            try (Kernel kernel = KernelBootstrap.start(env)) {
                assertTrue(kernel.setup().needed());
                logins = kernel.ensureDemo();
                assertEquals(DemoCooperative.logins(), logins);
                assertFalse(kernel.setup().needed());

                Authentication.LoginResult admin = kernel.authentication().login("admin",
                        "essaim-admin-demo".toCharArray(), "127.0.0.1");
                assertTrue(admin.ok());
                assertTrue(admin.user().can(CorePermissions.USERS_MANAGE));
                assertEquals(DemoCooperative.USERS.size(),
                        kernel.service(UserDirectory.class).users(admin.user()).size());
            }
            try (Kernel again = KernelBootstrap.start(env)) {
                assertEquals(logins, again.ensureDemo());
                Authentication.LoginResult jeanne = again.authentication().login("jeanne",
                        "essaim-jeanne-demo".toCharArray(), "127.0.0.1");
                assertTrue(jeanne.ok());
                assertEquals(Set.of(coop.essaim.api.ledger.LedgerPermissions.READ_OWN), jeanne.user().permissions());
                UserContext accountant = again.authentication().login("compta",
                        "essaim-compta-demo".toCharArray(), null).user();
                assertEquals(Set.of(CorePermissions.AUDIT_VIEW, CorePermissions.MODULES_VIEW, coop.essaim.api.ledger.LedgerPermissions.POST,
                        coop.essaim.api.ledger.LedgerPermissions.READ, coop.essaim.api.ledger.LedgerPermissions.CLOSE, coop.essaim.api.ledger.LedgerPermissions.LETTER,
                        CorePermissions.PEOPLE_READ, CorePermissions.ACTIVITIES_READ,
                        coop.essaim.api.mail.MailPermissions.HISTORY), accountant.permissions());
                // the population's steps came after the creation: the whole trail (500 at most) holds it
                assertTrue(again.service(AuditTrail.class).recent(accountant, 500).stream()
                        .anyMatch(e -> e.action().equals("core.demo.created")));
                assertEquals(42, again.service(People.class).list(accountant, PersonQuery.all(0, 100)).total());
                assertEquals(List.of(DemoMembers.JEANNE_ACTIVITY), again.service(Activities.class)
                        .list(jeanne.user(), null, null).stream().map(Activity::name).toList());
            }
        }
    }

    @Test
    void aDemoCountryThatNoPluginDescribesIsRefusedByNameAndCreatesNothing() {
        CoreFixture.useTestPasswordCost();
        HostEnvironment env = new HostEnvironment(home, home.resolve("data"), "test", true, "BE");
        try (TestDatabase db = TestDatabase.create(home)) {
            db.writeConfig(home);
            try (Kernel kernel = KernelBootstrap.start(env)) {
                IllegalStateException refused = assertThrows(IllegalStateException.class, kernel::ensureDemo);
                assertEquals("essaim demo --country BE: no started plugin describes a demo cooperative in BE"
                        + " (install the country's plugin, such as country-be)", refused.getMessage());
                assertTrue(kernel.setup().needed());
            }
        }
    }
}
