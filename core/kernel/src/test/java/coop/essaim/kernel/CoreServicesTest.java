package coop.essaim.kernel;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.event.DomainEvents;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.PermissionContribution;
import coop.essaim.api.security.PermissionDefinition;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.user.UserDirectory;
import coop.essaim.kernel.security.CorePermissionContribution;
import coop.essaim.kernel.servicetesting.CoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreServicesTest {

    @RegisterExtension
    static final CoreFixture f = CoreFixture.empty();

    @Test
    void modulesReachTheApiServices() {
        Map<Class<?>, Object> services = f.core.services();

        assertEquals(Set.of(CooperativeDirectory.class, UserDirectory.class, AuditTrail.class, DomainEvents.class,
                CooperativeSettings.class, coop.essaim.api.ledger.Ledger.class, coop.essaim.api.people.People.class,
                coop.essaim.api.people.Activities.class, coop.essaim.api.people.PeopleImport.class,
                coop.essaim.api.people.PersonalData.class,
                coop.essaim.api.cooperative.CooperativeProfile.class,
                coop.essaim.api.ledger.ActivityAccounts.class, coop.essaim.api.ledger.LedgerJournals.class,
                coop.essaim.api.ledger.LedgerReports.class, coop.essaim.api.ledger.Lettering.class,
                coop.essaim.api.ledger.ActivityAccess.class,
                coop.essaim.api.mail.Mailer.class, coop.essaim.api.ledger.TreasuryForecast.class,
                coop.essaim.api.people.ActivityBranding.class, coop.essaim.api.ledger.ContributionTransfers.class,
                coop.essaim.api.ledger.ContributionRateBook.class, coop.essaim.api.reporting.ReportMeasures.class),
                services.keySet());
        assertSame(f.core.users(), services.get(UserDirectory.class));
        services.forEach((type, impl) -> assertTrue(type.isInstance(impl), type.getName()));
    }

    @Test
    void aModuleStartedLaterIsGrantedInExistingCooperatives() {
        UserContext admin = f.setUpCooperative();
        f.registry.add("governance", PermissionContribution.class, () -> List.of(
                new PermissionDefinition("governance.assembly.convene", "perm.convene", Set.of(CoreRoles.ADMINISTRATOR))));

        f.registry.start("governance");

        assertTrue(f.core.users().contextOf(admin.userId()).can("governance.assembly.convene"));
    }

    @Test
    void theKernelJarListsTheCorePermissionsForTheRegistry() throws IOException {
        try (InputStream in = CoreServices.class.getClassLoader()
                .getResourceAsStream("META-INF/services/" + PermissionContribution.class.getName())) {
            assertEquals(CorePermissionContribution.class.getName(),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        }
    }

    @Test
    void everyMessageKeyHasBothLanguages() throws IOException {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties fr = new java.util.Properties();
        ClassLoader cl = CoreServices.class.getClassLoader();
        try (InputStream a = cl.getResourceAsStream("coop/essaim/kernel/messages.properties");
             InputStream b = cl.getResourceAsStream("coop/essaim/kernel/messages_fr.properties")) {
            en.load(new java.io.InputStreamReader(a, StandardCharsets.UTF_8));
            fr.load(new java.io.InputStreamReader(b, StandardCharsets.UTF_8));
        }
        assertEquals(en.stringPropertyNames(), fr.stringPropertyNames());
        for (PermissionDefinition d : CorePermissionContribution.DEFINITIONS) {
            assertTrue(fr.containsKey(d.labelKey()), d.labelKey());
        }
    }
}
