package coop.essaim.kernel.settings;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.SettingDefinition;
import coop.essaim.api.settings.SettingType;
import coop.essaim.api.settings.SettingsContribution;
import coop.essaim.kernel.servicetesting.CoreFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KernelCooperativeSettingsTest {

    @RegisterExtension
    static final CoreFixture f = CoreFixture.withCooperative();
    KernelCooperativeSettings settings;

    @BeforeEach
    void offerInvoicingSettings() {
        settings = f.core.settings();
        f.registry.add("invoicing", SettingsContribution.class, () -> List.of(
                SettingDefinition.of("invoicing.prefix", SettingType.TEXT, "F-", "label.prefix"),
                SettingDefinition.of("invoicing.paymentDays", SettingType.INTEGER, "30", "label.days"),
                SettingDefinition.of("invoicing.contributionRate", SettingType.DECIMAL, "0.10", "label.rate"),
                SettingDefinition.of("invoicing.showBrand", SettingType.BOOLEAN, "true", "label.brand"),
                SettingDefinition.of("invoicing.since", SettingType.DATE, null, "label.since"),
                new SettingDefinition("invoicing.base", SettingType.CHOICE, "turnover", "label.base",
                        List.of("turnover", "grossMargin"))));
    }

    @Test
    void theDefaultAppliesUntilTheCooperativeSetsItsOwnValue() {
        assertEquals(Optional.of("0.10"), settings.value(f.admin.cooperativeId(), "invoicing.contributionRate"));
        assertEquals(Optional.empty(), settings.value(f.admin.cooperativeId(), "invoicing.since"));
        assertEquals(Optional.empty(), settings.value(f.admin.cooperativeId(), "nobody.defines.this"));

        settings.change(f.admin, "invoicing.contributionRate", " 0.12 ");

        assertEquals(Optional.of("0.12"), settings.value(f.admin.cooperativeId(), "invoicing.contributionRate"));
        assertEquals("core.setting.changed", f.core.audit().recent(f.admin, 1).get(0).action());
    }

    @Test
    void everyChangeIsKeptInTheHistoryAndTheLatestWins() {
        settings.change(f.admin, "invoicing.base", "grossMargin");
        f.clock.advance(Duration.ofDays(1));
        settings.change(f.admin, "invoicing.base", "turnover");

        assertEquals(Optional.of("turnover"), settings.value(f.admin.cooperativeId(), "invoicing.base"));
        List<SettingChange> history = settings.history(f.admin, "invoicing.base");
        assertEquals(List.of("grossMargin", "turnover"), history.stream().map(SettingChange::value).toList());
        assertEquals("marie", history.get(0).setBy());
    }

    @Test
    void aDatedChangeTakesEffectOnItsDateAndThePastIsClosed() {
        Instant nextMonth = f.clock.instant().plus(Duration.ofDays(30));
        settings.changeFrom(f.admin, "invoicing.paymentDays", "45", nextMonth);

        assertEquals(Optional.of("30"), settings.value(f.admin.cooperativeId(), "invoicing.paymentDays"));
        f.clock.advance(Duration.ofDays(30));
        assertEquals(Optional.of("45"), settings.value(f.admin.cooperativeId(), "invoicing.paymentDays"));
        assertEquals("validFrom", assertThrows(ValidationException.class, () -> settings.changeFrom(f.admin,
                "invoicing.paymentDays", "60", f.clock.instant().minusSeconds(1))).errors().get(0).field());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "invoicing.paymentDays, thirty",
            "invoicing.paymentDays, 4.5",
            "invoicing.contributionRate, 10%",
            "invoicing.showBrand, yes",
            "invoicing.since, 31/01/2026",
            "invoicing.since, 2026-02-30",
            "invoicing.base, revenue",
            "invoicing.prefix, ' '",
            "nobody.defines.this, 1"})
    void aValueThatDoesNotFitIsRefusedUnderItsKeyAndNotStored(String key, String value) {
        ValidationException e = assertThrows(ValidationException.class, () -> settings.change(f.admin, key, value));

        assertEquals(key, e.errors().get(0).field());
        assertEquals(0, f.rows("COOPERATIVE_SETTING"));
    }

    @Test
    void canonicalFormsAreStored() {
        settings.change(f.admin, "invoicing.paymentDays", "+45");
        settings.change(f.admin, "invoicing.since", "2026-01-05");
        settings.change(f.admin, "invoicing.showBrand", "false");

        assertEquals(Optional.of("45"), settings.value(f.admin.cooperativeId(), "invoicing.paymentDays"));
        assertEquals(Optional.of("2026-01-05"), settings.value(f.admin.cooperativeId(), "invoicing.since"));
        assertEquals(Optional.of("false"), settings.value(f.admin.cooperativeId(), "invoicing.showBrand"));
    }

    @Test
    void changingNeedsCooperativeManagementAndStaysInTheCooperative() {
        UserContext accountant = f.user(f.admin, "compta", CoreRoles.ACCOUNTANT);
        UserContext other = f.otherCooperative();

        assertThrows(AccessDeniedException.class, () -> settings.change(accountant, "invoicing.prefix", "X-"));
        settings.change(other, "invoicing.prefix", "AUT-");

        assertEquals(Optional.of("F-"), settings.value(f.admin.cooperativeId(), "invoicing.prefix"));
        assertEquals(Optional.of("AUT-"), settings.value(other.cooperativeId(), "invoicing.prefix"));
    }

    /** A clock that has moved on by a microsecond each time it is read, as a real one may have. */
    @Test
    void aChangeTakingEffectNowIsNeverInThePastWhileTheClockRuns() {
        java.time.Clock running = new java.time.Clock() {
            private Instant now = Instant.parse("2026-03-02T09:00:00.000000500Z");

            @Override
            public Instant instant() {
                now = now.plusNanos(1_000);
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                throw new UnsupportedOperationException();
            }
        };
        KernelCooperativeSettings live = new KernelCooperativeSettings(f.store, f.registry,
                new coop.essaim.kernel.audit.KernelAuditTrail(f.store, running), running);
        live.change(f.admin, "invoicing.paymentDays", "45");
        assertEquals(Optional.of("45"), live.value(f.admin.cooperativeId(), "invoicing.paymentDays"));
    }
}
