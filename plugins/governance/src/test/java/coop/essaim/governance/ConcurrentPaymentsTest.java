package coop.essaim.governance;

import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.governance.api.ShareMovement;
import coop.essaim.governance.internal.Governance;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Four clerks paying the whole of one subscription at once: one payment passes, the others are refused. */
class ConcurrentPaymentsTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    @Test
    void aSubscriptionIsNeverPaidTwice() throws Exception {
        LocalDate day = LocalDate.now().plusYears(2);
        fixture.rule(day, "10.00", "0.00");
        Governance g = fixture.on(day);
        Person rose = fixture.person(PersonKind.MEMBER, "Rose", "Aubert");
        ShareMovement sub = g.register().subscribe(fixture.admin(), rose.id(), 10, day, false);
        var accountant = fixture.accountant();   // logged in once: concurrent logins of one user are not the point
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ShareMovement>> tries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<ShareMovement> pay = () -> g.register().pay(accountant, sub.id(),
                    GovernanceFixture.eur("100.00"), day);
            tries.add(pool.submit(pay));
        }
        int passed = 0;
        for (Future<ShareMovement> f : tries) {
            try {
                f.get();
                passed++;
            } catch (ExecutionException e) {
                assertInstanceOf(ValidationException.class, e.getCause());
            }
        }
        pool.shutdown();
        assertEquals(1, passed);
        assertEquals(GovernanceFixture.eur("100.00"), g.register().holdings(fixture.admin()).stream()
                .filter(h -> h.personId() == rose.id()).findFirst().orElseThrow().paid());
    }
}
