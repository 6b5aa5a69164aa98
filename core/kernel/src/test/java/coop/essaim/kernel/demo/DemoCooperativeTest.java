package coop.essaim.kernel.demo;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.demo.DemoContext;
import coop.essaim.api.demo.DemoData;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.servicetesting.CoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoCooperativeTest {

    @RegisterExtension
    static final CoreFixture f = CoreFixture.empty();
    final List<String> loaded = new CopyOnWriteArrayList<>();

    @AfterEach
    void emptyThePeopleTables() {
        DemoFixture.clearPeople(f);
    }

    private DemoData loader(String name, int order) {
        return new DemoData() {
            public int order() {
                return order;
            }

            public void load(DemoContext context) {
                UserContext jeanne = context.actingAs(CoreRoles.ENTREPRENEUR);
                loaded.add(name + " " + jeanne.login() + " " + (jeanne.cooperativeId() == context.cooperativeId()));
            }
        };
    }

    @Test
    void anEmptyDemoInstallationGetsTheDemoCooperativeItsUsersAndEveryModulesData() {
        DemoFixture.demoInstallation(f);
        f.registry.add("payroll-fr", DemoData.class, loader("payroll", 200));
        f.registry.add("invoicing", DemoData.class, loader("invoicing", 100));
        f.registry.add("accompaniment", DemoData.class, loader("accompaniment", 100));
        f.registry.add("broken", DemoData.class, new DemoData() {
            public int order() {
                return 50;
            }

            public void load(DemoContext context) throws Exception {
                throw new Exception("demo bug");
            }
        });

        List<DemoLogin> logins = f.core.demo().ensureDemo();

        assertEquals(List.of(
                new DemoLogin(CoreRoles.ADMINISTRATOR, "admin", "essaim-admin-demo"),
                new DemoLogin(CoreRoles.ADVISER, "conseil", "essaim-conseil-demo"),
                new DemoLogin(CoreRoles.ADVISER, "nadia", "essaim-nadia-demo"),
                new DemoLogin(CoreRoles.ACCOUNTANT, "compta", "essaim-compta-demo"),
                new DemoLogin(CoreRoles.ENTREPRENEUR, "jeanne", "essaim-jeanne-demo"),
                new DemoLogin(CoreRoles.BOARD_MEMBER, "elu", "essaim-elu-demo")), logins);
        Cooperative coop = f.core.cooperatives().all().get(0);
        assertEquals("Coopérative Essaim Démo", coop.legalName());
        assertEquals("Essaim Démo", coop.shortName());
        assertEquals(List.of("SCOP_SA", "FR", "EUR", "fr"),
                List.of(coop.legalForm(), coop.country(), coop.currency(), coop.defaultLocale()));
        assertEquals(1, coop.fiscalYearStartMonth());
        for (DemoLogin l : logins) {
            var r = f.core.authentication().login(l.login(), l.password().toCharArray(), null);
            assertTrue(r.ok(), l.login());
            assertEquals(Set.of(l.role()), r.user().roles());
        }
        assertEquals(List.of("accompaniment jeanne true", "invoicing jeanne true", "payroll jeanne true"), loaded);
    }

    @Test
    void aSecondCallChangesNothing() {
        DemoFixture.demoInstallation(f);
        f.core.demo().ensureDemo();
        f.registry.add("invoicing", DemoData.class, loader("invoicing", 100));
        long users = f.rows("USER_ACCOUNT");
        long audit = f.rows("AUDIT_EVENT");
        List<Long> people = DemoFixture.PEOPLE_TABLES.stream().map(f::rows).toList();
        assertEquals(42, f.rows("PERSON"));

        List<DemoLogin> again = f.core.demo().ensureDemo();

        assertEquals(DemoCooperative.logins(), again);
        assertEquals(users, f.rows("USER_ACCOUNT"));
        assertEquals(audit, f.rows("AUDIT_EVENT"));
        assertEquals(people, DemoFixture.PEOPLE_TABLES.stream().map(f::rows).toList());
        assertEquals(1, f.rows("COOPERATIVE"));
        assertEquals(List.of(), loaded);
    }

    @Test
    void aRealInstallationNeverGetsDemoAccounts() {
        DemoFixture.demoInstallation(f);
        f.setUpCooperative();
        long users = f.rows("USER_ACCOUNT");

        assertEquals(List.of(), f.core.demo().ensureDemo());
        assertEquals(users, f.rows("USER_ACCOUNT"));
        assertEquals(1, f.rows("COOPERATIVE"));
    }

    @Test
    void outsideDemoModeNothingIsCreated() {
        f.reset(false);

        assertThrows(IllegalStateException.class, () -> f.core.demo().ensureDemo());
        assertEquals(0, f.rows("COOPERATIVE"));
        assertEquals(0, f.rows("USER_ACCOUNT"));
    }
}
