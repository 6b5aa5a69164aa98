package coop.essaim.kernel.ledger;

import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.ledger.lettering.KernelLettering;
import coop.essaim.kernel.servicetesting.CoreFixture;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link CoreFixture} with a cooperative, plus the ledger: its tables emptied before the core's (they refer
 * to COOPERATIVE), a small French chart contributed by a test module, and a ledger whose entrepreneurs'
 * activities the test sets in {@link #activities}. Public for the tests of the ledger's sub-packages (reports).
 */
public final class LedgerFixture implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** Child tables first. */
    private static final List<String> TABLES = List.of("LEDGER_YEAR_CLOSING", "LEDGER_LETTERING_POSTING",
            "LEDGER_LETTERING", "LEDGER_POSTING", "LEDGER_ENTRY",
            "LEDGER_NUMBERING",
            "LEDGER_CHAIN_HEAD", "LEDGER_PERIOD_CLOSING", "ACTIVITY_BRANDING", "ACTIVITY_MEMBER", "ACTIVITY");

    /**
     * The activities the tests post to, by fixed ids above those the activity sequence hands out first (1 to 50),
     * which the structures of the cooperatives a test founds take.
     */
    public static final long STRUCTURE = 900_001;
    public static final long JEANNE = 900_012;
    public static final long PAUL = 900_013;
    /** The ledger refuses a line naming no activity of the cooperative. */
    static final Map<Long, String> ACTIVITIES = Map.of(STRUCTURE, "STRUCTURE", JEANNE, "COUTURE", PAUL, "BOIS");

    static final ChartOfAccounts FRENCH_CHART = LedgerTestCharts.FRENCH;

    public final CoreFixture core = CoreFixture.withCooperative();
    /** Activities per user id, as the people core would answer. */
    public final Map<Long, Set<Long>> activities = new ConcurrentHashMap<>();
    public KernelLedger ledger;
    public KernelLettering lettering;
    public UserContext admin;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        core.beforeAll(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        core.store.run(em -> TABLES.forEach(t -> em.createNativeQuery("DELETE FROM " + t).executeUpdate()));
        core.beforeEach(context);
        core.registry.add("country-fr-test", ChartOfAccounts.class, FRENCH_CHART);
        // the tests name the structure by a fixed id: it replaces the one the cooperative was created with
        core.store.run(em -> em.createNativeQuery("DELETE FROM ACTIVITY").executeUpdate());
        ACTIVITIES.forEach((id, code) -> core.store.run(em -> em.createNativeQuery("INSERT INTO ACTIVITY (ID,"
                + " COOPERATIVE_ID, ACTIVITY_NAME, TRADE, START_DATE, ACTIVITY_STATUS, ANALYTIC_CODE, CREATED_AT,"
                + " CREATED_BY, UPDATED_AT, UPDATED_BY, ROW_VERSION) VALUES (?, ?, ?, 'test', ?, 'ACTIVE', ?, ?,"
                + " 'test', ?, 'test', 1)").setParameter(1, id).setParameter(2, core.admin.cooperativeId())
                .setParameter(3, code).setParameter(4, java.sql.Date.valueOf("2026-01-01")).setParameter(5, code)
                .setParameter(6, java.sql.Timestamp.valueOf("2026-01-01 00:00:00"))
                .setParameter(7, java.sql.Timestamp.valueOf("2026-01-01 00:00:00")).executeUpdate()));
        activities.clear();
        admin = core.admin;
        ledger = new KernelLedger(core.store, core.core.cooperatives(), core.registry, core.core.audit(),
                user -> activities.getOrDefault(user.userId(), Set.of()), core.clock);
        lettering = new KernelLettering(core.store, core.core.cooperatives(), core.registry, core.core.audit(),
                user -> activities.getOrDefault(user.userId(), Set.of()), core.clock);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        core.afterAll(context);
    }
}
