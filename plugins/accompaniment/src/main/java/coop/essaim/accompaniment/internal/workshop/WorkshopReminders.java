package coop.essaim.accompaniment.internal.workshop;

import coop.essaim.accompaniment.internal.AccompanimentSettings;
import coop.essaim.accompaniment.internal.Messages;
import coop.essaim.api.mail.Mailer;
import coop.essaim.api.mail.OutgoingMail;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.user.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * The reminders e-mailed before a session to each confirmed person, through the core's mail API, sent as the user
 * who planned the session. Each sign-up is claimed first ({@code REMINDED_AT} set where it is still null, one row
 * updated or none) and only then mailed: two nodes, or two runs, never send the same reminder twice. A reminder
 * whose sending fails is not tried again (the mail history records the failure); a person without an e-mail
 * address gets none. The same mail API tells a person taken off the waiting list that their seat is confirmed.
 */
public final class WorkshopReminders {

    private static final Logger LOG = LoggerFactory.getLogger(WorkshopReminders.class);

    private final ModuleStore store;
    private final People people;
    private final UserDirectory users;
    private final Mailer mailer;
    private final CooperativeSettings settings;
    private final Clock clock;

    public WorkshopReminders(ModuleStore store, People people, UserDirectory users, Mailer mailer,
                             CooperativeSettings settings, Clock clock) {
        this.store = store;
        this.people = people;
        this.users = users;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    private record Due(long signUpId, long cooperativeId, long personId, long sessionId, long senderUserId,
                       String title, LocalDateTime start, boolean online, Long establishmentId) {
    }

    /** Sends the reminders due now in every cooperative; returns how many were sent. */
    public int sendDue() {
        List<Long> cooperatives = store.read(em -> em.createQuery("select distinct s.cooperativeId from"
                + " AccompanimentWorkshopSession s where s.startAt > :from", Long.class)
                .setParameter("from", LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).minusDays(1)).getResultList());
        int sent = 0;
        for (long cooperative : cooperatives) {
            sent += sendDue(cooperative);
        }
        return sent;
    }

    /** The cooperative's confirmed sign-ups whose session starts within its reminder lead time. */
    int sendDue(long cooperativeId) {
        ZoneId zone = AccompanimentSettings.zone(settings, cooperativeId);
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        LocalDateTime until = now.plusHours(AccompanimentSettings.reminderHours(settings, cooperativeId));
        List<Due> due = store.read(em -> em.createQuery(DUE + " and s.remindedAt is null and x.startAt > :now"
                        + " and x.startAt <= :until order by x.startAt, s.id", Object[].class)
                .setParameter("coop", cooperativeId).setParameter("now", now).setParameter("until", until)
                .getResultList().stream().map(r -> due(cooperativeId, r)).toList());
        int sent = 0;
        for (Due d : due) {
            if (claim(d.signUpId()) && send(d, "reminder")) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Tells a person taken off the waiting list that their seat is confirmed; called after the cancellation that
     * freed it has committed. A failure to send is logged: the seat stays theirs and their reminder will follow.
     */
    void seatConfirmed(long cooperativeId, long signUpId) {
        try {
            store.read(em -> em.createQuery(DUE + " and s.id = :id", Object[].class)
                            .setParameter("coop", cooperativeId).setParameter("id", signUpId).getResultList().stream()
                            .map(r -> due(cooperativeId, r)).toList())
                    .forEach(d -> send(d, "promoted"));
        } catch (RuntimeException e) {
            // the cancellation has committed: its caller must not see it fail
            LOG.warn("workshop sign-up {}: the seat's confirmation was not mailed", signUpId, e);
        }
    }

    private static final String DUE = "select s.id, s.personId, x.id, x.reminderUserId, w.title, x.startAt, x.online,"
            + " x.establishmentId from AccompanimentWorkshopSignUp s, AccompanimentWorkshopSession x,"
            + " AccompanimentWorkshop w where x.id = s.sessionId and w.id = x.workshopId and s.cooperativeId = :coop"
            + " and s.status = 'CONFIRMED'";

    private static Due due(long cooperativeId, Object[] r) {
        return new Due((Long) r[0], cooperativeId, (Long) r[1], (Long) r[2], (Long) r[3], (String) r[4],
                (LocalDateTime) r[5], (Boolean) r[6], (Long) r[7]);
    }

    /** Marks the sign-up reminded unless another run already did: true for the one run that may send. */
    private boolean claim(long signUpId) {
        LocalDateTime at = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        return store.inTransaction(em -> em.createQuery("update AccompanimentWorkshopSignUp s set s.remindedAt = :at"
                        + " where s.id = :id and s.remindedAt is null").setParameter("at", at)
                .setParameter("id", signUpId).executeUpdate()) == 1;
    }

    private boolean send(Due d, String message) {
        UserContext sender;
        try {
            sender = users.contextOf(d.senderUserId());
        } catch (IllegalArgumentException e) {
            LOG.warn("workshop reminder {}: the planner {} is gone", d.signUpId(), d.senderUserId());
            return false;
        }
        Optional<Person> person = people.find(sender, d.personId());
        String email = person.map(p -> p.details().email()).filter(a -> a != null && !a.isBlank()).orElse(null);
        if (email == null) {
            return false;
        }
        Messages m = new Messages(sender.locale());
        String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(sender.locale())
                .format(d.start()) + " " + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(sender.locale()).format(d.start());
        String place = d.online() ? m.text("sheet.online") : people.establishments(sender).stream()
                .filter(e -> d.establishmentId() != null && e.id() == d.establishmentId())
                .map(Establishment::name).findFirst().orElse("");
        OutgoingMail mail = OutgoingMail.of(email, m.text(message + ".subject", d.title(), when),
                        m.text(message + ".text", person.get().displayName(), d.title(), when, place))
                .withReference("accompaniment:signup:" + d.signUpId());
        try {
            mailer.send(sender, mail);
            return true;
        } catch (ValidationException e) {
            // a cooperative without a mail server (the demo's, a new one) is told on its Cooperative page already
            boolean noServer = e.errors().stream().allMatch(f -> "smtp".equals(f.field()));
            if (noServer) {
                LOG.info("workshop mail ({}) for sign-up {} not sent: {}", message, d.signUpId(), e.getMessage());
            } else {
                LOG.warn("workshop mail ({}) for sign-up {} not sent: {}", message, d.signUpId(), e.getMessage());
            }
            return false;
        }
    }
}
