package coop.essaim.accompaniment.workshop;

import coop.essaim.accompaniment.AccompanimentFixture;
import coop.essaim.accompaniment.api.SignUp;
import coop.essaim.accompaniment.api.SignUpStatus;
import coop.essaim.accompaniment.api.Workshop;
import coop.essaim.accompaniment.api.WorkshopSession;
import coop.essaim.accompaniment.api.Workshops;
import coop.essaim.api.people.Person;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many threads at once on Derby: sign-ups for a few seats never confirm more than the capacity, and concurrent
 * cancellations each promote one waiting person, the first ones in queue order, never the same twice.
 */
class ConcurrentSignUpsTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AccompanimentFixture.kit();

    private final AccompanimentFixture fixture = new AccompanimentFixture(essaim);

    private Workshops workshops() {
        return fixture.accompaniment().workshops();
    }

    private static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twelvePeopleRushingForThreeSeatsConfirmThreeAndQueueNine() throws Exception {
        Workshop sales = fixture.workshop("Démarche commerciale", 3);
        WorkshopSession session = fixture.session(sales, LocalDateTime.of(2027, 4, 20, 9, 0));
        List<Person> people = fixture.members().subList(0, 12);
        UserContext admin = fixture.admin();
        List<Callable<SignUp>> rush = new ArrayList<>();
        for (Person p : people) {
            rush.add(() -> workshops().signUp(admin, session.id(), p.id()));
        }
        List<SignUp> made = together(rush);

        assertEquals(3, made.stream().filter(s -> s.status() == SignUpStatus.CONFIRMED).count());
        assertEquals(9, made.stream().filter(s -> s.status() == SignUpStatus.WAITING).count());
        assertEquals(12, made.stream().map(SignUp::queueNumber).distinct().count(), "one place each in the queue");
        List<SignUp> stored = workshops().signUps(admin, session.id());
        assertEquals(3, stored.stream().filter(s -> s.status() == SignUpStatus.CONFIRMED).count());
        // the seats went to the first three in queue order
        assertEquals(List.of(1, 2, 3), stored.stream().filter(s -> s.status() == SignUpStatus.CONFIRMED)
                .map(SignUp::queueNumber).sorted().toList());
        WorkshopSession seen = workshops().session(admin, session.id()).orElseThrow();
        assertEquals(3, seen.confirmed());
        assertEquals(9, seen.waiting());
    }

    @Test
    void threeCancellationsAtOncePromoteTheFirstThreeWaitingExactlyOnce() throws Exception {
        Workshop accounting = fixture.workshop("Comptabilité", 3);
        WorkshopSession session = fixture.session(accounting, LocalDateTime.of(2027, 4, 21, 9, 0));
        UserContext admin = fixture.admin();
        List<SignUp> queue = new ArrayList<>();
        for (Person p : fixture.members().subList(0, 8)) {
            queue.add(workshops().signUp(admin, session.id(), p.id()));
        }
        List<SignUp> confirmed = queue.subList(0, 3);
        assertTrue(confirmed.stream().allMatch(s -> s.status() == SignUpStatus.CONFIRMED));
        List<Callable<SignUp>> cancellations = new ArrayList<>();
        for (SignUp s : confirmed) {
            cancellations.add(() -> workshops().cancel(admin, s.id()));
        }
        together(cancellations);

        List<SignUp> stored = workshops().signUps(admin, session.id());
        assertEquals(List.of(4, 5, 6), stored.stream().filter(s -> s.status() == SignUpStatus.CONFIRMED)
                .map(SignUp::queueNumber).sorted().toList());
        assertEquals(List.of(7, 8), stored.stream().filter(s -> s.status() == SignUpStatus.WAITING)
                .map(SignUp::queueNumber).sorted().toList());
        assertEquals(3, stored.stream().filter(s -> s.status() == SignUpStatus.CANCELLED).count());
    }
}
