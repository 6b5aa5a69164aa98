package coop.essaim.accompaniment.workshop;

import coop.essaim.accompaniment.AccompanimentFixture;
import coop.essaim.accompaniment.api.SignUpStatus;
import coop.essaim.accompaniment.api.Workshop;
import coop.essaim.accompaniment.api.WorkshopSession;
import coop.essaim.accompaniment.internal.workshop.WorkshopBook;
import coop.essaim.api.people.Person;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.TestMailbox;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reminders e-mailed through a real SMTP server (GreenMail) by the core's mail API: to the confirmed people of the
 * sessions starting within the lead time (48 hours), each exactly once, even when two runs go at the same time.
 */
class WorkshopRemindersTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AccompanimentFixture.kit();

    private static final String SALES = "Démarche commerciale, rappels";
    private static final String ACCOUNTS = "Comptabilité, rappels";
    private static final String STOCKS = "Gestion des stocks, rappels";

    private final AccompanimentFixture fixture = new AccompanimentFixture(essaim);
    private TestMailbox mailbox;

    @BeforeEach
    void smtpServer() {
        mailbox = TestMailbox.start(essaim, fixture.admin(), "ateliers@essaim-demo.example");
    }

    @AfterEach
    void stop() {
        mailbox.close();
    }

    private WorkshopBook workshops() {
        return fixture.accompaniment().workshops();
    }

    /**
     * The mails about one workshop: the module's quarter-hourly task also runs during the tests, on the real clock,
     * and may remind the demo's sessions of the coming days.
     */
    private List<MimeMessage> received(String title) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : mailbox.received()) {
            if (m.getSubject().contains(title)) {
                out.add(m);
            }
        }
        return out;
    }

    private List<String> recipients(String title) throws Exception {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : received(title)) {
            Arrays.stream(m.getAllRecipients()).map(Object::toString).forEach(out::add);
        }
        return out;
    }

    @Test
    void theConfirmedPeopleOfTomorrowsSessionAreRemindedOnceTheWaitingListNot() throws Exception {
        Workshop w = fixture.workshop(SALES, 2);
        WorkshopSession tomorrow = fixture.session(w, LocalDateTime.of(2027, 3, 16, 17, 0));   // in 30 hours
        WorkshopSession later = fixture.session(w, LocalDateTime.of(2027, 3, 18, 17, 0));      // in 78 hours
        List<Person> people = fixture.members().subList(0, 3);
        for (Person p : people) {
            workshops().signUp(fixture.admin(), tomorrow.id(), p.id());
        }
        assertEquals(SignUpStatus.WAITING, workshops().signUps(fixture.admin(), tomorrow.id()).get(2).status());
        workshops().signUp(fixture.admin(), later.id(), people.get(0).id());

        assertEquals(2, fixture.accompaniment().reminders().sendDue());
        assertEquals(List.of(people.get(0).details().email(), people.get(1).details().email()).stream().sorted()
                .toList(), recipients(SALES).stream().sorted().toList());
        MimeMessage first = received(SALES).get(0);
        assertTrue(first.getSubject().startsWith("Rappel : " + SALES), first.getSubject());
        assertTrue(((String) first.getContent()).contains("mardi 16 mars 2027"), (String) first.getContent());

        assertEquals(0, fixture.accompaniment().reminders().sendDue(), "never twice");
        assertEquals(2, received(SALES).size());

        // two days on, the later session is due; tomorrow's has passed
        assertEquals(1, fixture.accompaniment(AccompanimentFixture.at(LocalDateTime.of(2027, 3, 17, 11, 0)))
                .reminders().sendDue());
        assertEquals(3, received(SALES).size());
    }

    @Test
    void thePersonTakenOffTheWaitingListIsToldTheirSeatIsConfirmed() throws Exception {
        Workshop w = fixture.workshop(STOCKS, 1);
        WorkshopSession session = fixture.session(w, LocalDateTime.of(2027, 4, 6, 9, 0));
        List<Person> two = fixture.members().subList(8, 10);
        var first = workshops().signUp(fixture.admin(), session.id(), two.get(0).id());
        var second = workshops().signUp(fixture.admin(), session.id(), two.get(1).id());
        assertEquals(SignUpStatus.WAITING, second.status());
        assertTrue(received(STOCKS).isEmpty());

        workshops().cancel(fixture.admin(), first.id());
        assertEquals(List.of(two.get(1).details().email()), recipients(STOCKS));
        assertTrue(received(STOCKS).get(0).getSubject().startsWith("Place confirmée : " + STOCKS));
    }

    @Test
    void twoRunsAtOnceSendEachReminderExactlyOnce() throws Exception {
        Workshop w = fixture.workshop(ACCOUNTS, 10);
        WorkshopSession session = fixture.session(w, LocalDateTime.of(2027, 3, 16, 9, 0));
        List<Person> people = fixture.members().subList(3, 8);
        for (Person p : people) {
            workshops().signUp(fixture.admin(), session.id(), p.id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return fixture.accompaniment().reminders().sendDue();
                }));
            }
            go.countDown();
            int sent = 0;
            for (Future<Integer> f : runs) {
                sent += f.get(120, TimeUnit.SECONDS);
            }
            assertEquals(5, sent);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5, received(ACCOUNTS).size());
        assertEquals(5, recipients(ACCOUNTS).stream().distinct().count());
    }
}
