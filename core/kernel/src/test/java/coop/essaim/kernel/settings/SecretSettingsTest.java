package coop.essaim.kernel.settings;

import coop.essaim.api.audit.AuditEntry;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.mail.MailSettingDefinitions;
import coop.essaim.kernel.servicetesting.CoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A secret setting (the SMTP password) is written, used by the core, and never read back nor traced in clear. */
class SecretSettingsTest {

    private static final String PASSWORD = MailSettingDefinitions.PASSWORD;
    private static final String CLEAR = "  s3cr3t horse ";

    @RegisterExtension
    static final CoreFixture f = CoreFixture.withCooperative();

    @Test
    void aSecretIsKeptAsTypedButNeitherServedNorShownInTheHistoryOrTheAuditTrail() {
        KernelCooperativeSettings settings = f.core.settings();
        long coop = f.admin.cooperativeId();
        assertFalse(settings.isSet(coop, PASSWORD));

        settings.change(f.admin, PASSWORD, CLEAR);

        assertTrue(settings.isSet(coop, PASSWORD));
        assertEquals(Optional.empty(), settings.value(coop, PASSWORD));
        assertEquals(Optional.of(CLEAR), settings.secret(coop, PASSWORD), "spaces are part of a password");
        List<SettingChange> history = settings.history(f.admin, PASSWORD);
        assertEquals(1, history.size());
        assertEquals(KernelCooperativeSettings.SECRET_SHOWN, history.get(0).value());
        List<AuditEntry> audit = f.core.audit().recent(f.admin, 50);
        assertTrue(audit.stream().anyMatch(a -> a.target().equals("setting:" + PASSWORD)));
        assertTrue(audit.stream().noneMatch(a -> String.valueOf(a.detail()).contains("s3cr3t")), audit.toString());
        Object stored = f.store.read(em -> em.createNativeQuery("SELECT SETTING_VALUE FROM COOPERATIVE_SETTING")
                .getSingleResult());
        assertEquals(CLEAR, stored, "the core itself must read it back to log in to the server");
    }

    @Test
    void aResetBringsTheDefaultBackAndKeepsTheHistory() {
        KernelCooperativeSettings settings = f.core.settings();
        long coop = f.admin.cooperativeId();
        settings.change(f.admin, MailSettingDefinitions.USER, "envoi@oxalis.example");
        settings.change(f.admin, MailSettingDefinitions.PORT, "465");
        f.clock.advance(Duration.ofMinutes(1));

        settings.reset(f.admin, MailSettingDefinitions.USER);
        settings.reset(f.admin, MailSettingDefinitions.PORT);

        assertEquals(Optional.empty(), settings.value(coop, MailSettingDefinitions.USER));
        assertFalse(settings.isSet(coop, MailSettingDefinitions.USER));
        assertEquals(Optional.of("587"), settings.value(coop, MailSettingDefinitions.PORT));
        assertEquals(2, settings.history(f.admin, MailSettingDefinitions.USER).size());
    }

    @Test
    void resettingNeedsCooperativeManagementAndAKnownKey() {
        UserContext accountant = f.user(f.admin, "compta", CoreRoles.ACCOUNTANT);
        assertThrows(AccessDeniedException.class, () -> f.core.settings().reset(accountant, PASSWORD));
        ValidationException e = assertThrows(ValidationException.class,
                () -> f.core.settings().reset(f.admin, "nobody.defines.this"));
        assertEquals("nobody.defines.this", e.errors().get(0).field());
        assertEquals(0, f.rows("COOPERATIVE_SETTING"));
    }
}
