package coop.essaim.treasuryadvances;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.treasuryadvances.api.AdvanceStatus;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import coop.essaim.treasuryadvances.internal.TreasuryAdvances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static coop.essaim.treasuryadvances.AdvancesFixture.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cooperative-wide ceiling under approvals decided at the same moment, on Derby: a fund of 10,000.00 lent at
 * 100 % and eight requests of 2,000.00 from eight activities, approved by eight threads released together. Exactly
 * five may pass; without the lock row each thread would read the same exposure and all eight would.
 */
class ConcurrentApprovalsTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AdvancesFixture.kit();

    private final AdvancesFixture fixture = new AdvancesFixture(essaim);

    @Test
    void concurrentApprovalsNeverExceedTheCooperativeCeiling() throws Exception {
        LocalDate day = LocalDate.now();
        UserContext admin = fixture.admin();
        // the demo's own advances already count: the fund leaves exactly 10,000.00 more
        long before = fixture.on(day).exposure().report(fixture.accountant(), eur("0").currency()).outstanding()
                .plus(fixture.on(day).exposure().report(fixture.accountant(), eur("0").currency())
                        .approvedNotDisbursed()).minorUnits();
        fixture.rules(day, 1_000_000, before + 1_000_000, 1_000_000);
        TreasuryAdvances ta = fixture.on(day);
        List<Long> activities = fixture.activities().stream().map(a -> a.id()).toList();
        assertTrue(activities.size() >= 4, "the demo has activities " + activities);
        List<TreasuryAdvance> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(ta.advances().request(admin, AdvancesFixture.investment(activities.get(i % activities.size()),
                    "2000.00", day.plusMonths(6))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try {
            for (TreasuryAdvance r : requests) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        ta.approvals().decide(admin, r.id(), true, "Accord", null);
                        return true;
                    } catch (ValidationException refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int approved = 0;
            for (Future<Boolean> f : outcomes) {
                approved += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(5, approved);
        } finally {
            pool.shutdownNow();
        }
        long exposed = requests.stream().map(r -> ta.advances().find(admin, r.id()).orElseThrow())
                .filter(a -> a.status() == AdvanceStatus.APPROVED).mapToLong(a -> a.amount().minorUnits()).sum();
        assertEquals(eur("10000.00").minorUnits(), exposed);
        assertEquals(3, requests.stream().map(r -> ta.advances().find(admin, r.id()).orElseThrow())
                .filter(a -> a.status() == AdvanceStatus.REQUESTED).count());
    }
}
