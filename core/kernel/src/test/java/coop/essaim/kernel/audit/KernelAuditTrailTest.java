package coop.essaim.kernel.audit;

import coop.essaim.api.audit.AuditEntry;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.servicetesting.CoreFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelAuditTrailTest {

    @RegisterExtension
    static final CoreFixture f = CoreFixture.withCooperative();
    KernelAuditTrail audit;

    @BeforeEach
    void services() {
        audit = f.core.audit();
    }

    @Test
    void entriesAccumulateMostRecentFirstAndNeverChange() {
        audit.record(f.admin, "invoicing.invoice.validated", "invoice:42", "F-2026-0042");
        List<AuditEntry> before = audit.recent(f.admin, 1);
        f.clock.advance(Duration.ofMinutes(1));

        audit.record(f.admin, "invoicing.invoice.sent", "invoice:42", null);

        List<AuditEntry> after = audit.recent(f.admin, 2);
        assertEquals("invoicing.invoice.sent", after.get(0).action());
        assertEquals(before.get(0), after.get(1));
        AuditEntry validated = after.get(1);
        assertEquals(f.admin.cooperativeId(), validated.cooperativeId());
        assertEquals(f.admin.userId(), validated.userId());
        assertEquals("marie", validated.login());
        assertEquals("invoice:42", validated.target());
        assertEquals("F-2026-0042", validated.detail());
        assertEquals(f.clock.instant().minus(Duration.ofMinutes(1)), validated.at());
    }

    @Test
    void readingNeedsTheAuditPermissionAndShowsOnlyTheOwnCooperative() {
        UserContext jeanne = f.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);
        UserContext accountant = f.user(f.admin, "compta", CoreRoles.ACCOUNTANT);
        UserContext other = f.otherCooperative();
        audit.record(other, "core.test.other", "x:1", null);

        assertEquals("core.audit.view", assertThrows(AccessDeniedException.class,
                () -> audit.recent(jeanne, 10)).permission());
        List<AuditEntry> seen = audit.recent(accountant, 500);
        assertTrue(seen.stream().allMatch(e -> e.cooperativeId() == f.admin.cooperativeId()), seen.toString());
        assertTrue(audit.recent(other, 500).stream().anyMatch(e -> e.action().equals("core.test.other")));
    }

    @Test
    void theLimitIsHonouredAndBounded() {
        for (int i = 0; i < 5; i++) {
            audit.record(f.admin, "core.test.step", "step:" + i, null);
        }

        assertEquals(3, audit.recent(f.admin, 3).size());
        assertEquals(1, audit.recent(f.admin, 0).size());
        assertEquals("step:4", audit.recent(f.admin, 1).get(0).target());
    }

    @Test
    void anActionMustNameItsModule() {
        long before = f.rows("AUDIT_EVENT");

        assertThrows(IllegalArgumentException.class, () -> audit.record(f.admin, "validated", "invoice:1", null));
        assertThrows(IllegalArgumentException.class, () -> audit.record(f.admin, "Invoicing.Validated", null, null));
        assertEquals(before, f.rows("AUDIT_EVENT"));
    }

    @Test
    void overLongTextsAreCutNotLost() {
        audit.record(f.admin, "core.test.long", "t".repeat(500), "d".repeat(5000));

        AuditEntry e = audit.recent(f.admin, 1).get(0);
        assertEquals(200, e.target().length());
        assertEquals(2000, e.detail().length());
        assertTrue(e.detail().endsWith("…"));
    }
}
