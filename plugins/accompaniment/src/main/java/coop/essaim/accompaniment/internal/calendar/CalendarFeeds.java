package coop.essaim.accompaniment.internal.calendar;

import coop.essaim.accompaniment.api.AccompanimentPermissions;
import coop.essaim.accompaniment.api.Appointment;
import coop.essaim.accompaniment.internal.AccompanimentSettings;
import coop.essaim.accompaniment.internal.Messages;
import coop.essaim.accompaniment.internal.appointment.AppointmentBook;
import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.People;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.user.UserAccount;
import coop.essaim.api.user.UserDirectory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An adviser's appointments as iCalendar: downloaded from the pages, or read by a calendar app from a private
 * feed URL whose secret token only its owner is shown, once. Only the token's SHA-256 is stored; issuing a new
 * token revokes the previous one; a revoked token, a deactivated account or an account that lost
 * {@link AccompanimentPermissions#READ} reads nothing. The feed holds three months back to a year ahead.
 */
public final class CalendarFeeds {

    static final int MONTHS_BACK = 3;
    static final int MONTHS_AHEAD = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ModuleStore store;
    private final AppointmentBook appointments;
    private final People people;
    private final UserDirectory users;
    private final CooperativeSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    public CalendarFeeds(ModuleStore store, AppointmentBook appointments, People people, UserDirectory users,
                         CooperativeSettings settings, AuditTrail audit, Clock clock) {
        this.store = store;
        this.appointments = appointments;
        this.people = people;
        this.users = users;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new secret token for the actor's feed (the previous one stops working): shown once, never stored. */
    public String issue(UserContext actor) {
        actor.require(AccompanimentPermissions.READ);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        store.run(em -> {
            revokeAll(em, actor, now);
            em.persist(new CalendarFeedEntity(actor.cooperativeId(), actor.userId(), hash(token), now, actor.login()));
        });
        audit.record(actor, "accompaniment.feed.issued", "user:" + actor.userId(), "");
        return token;
    }

    public void revoke(UserContext actor) {
        actor.require(AccompanimentPermissions.READ);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        store.run(em -> revokeAll(em, actor, now));
        audit.record(actor, "accompaniment.feed.revoked", "user:" + actor.userId(), "");
    }

    public boolean active(UserContext actor) {
        return store.read(em -> !em.createQuery("select f.id from AccompanimentCalendarFeed f where f.cooperativeId"
                        + " = :coop and f.userId = :user and f.revokedAt is null", Long.class)
                .setParameter("coop", actor.cooperativeId()).setParameter("user", actor.userId()).getResultList()
                .isEmpty());
    }

    /** The feed of the token's owner; empty for an unknown or revoked token or an owner who may no longer read. */
    public Optional<String> feed(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hashed = hash(token.strip());
        Optional<CalendarFeedEntity> feed = store.read(em -> em.createQuery("select f from AccompanimentCalendarFeed f"
                        + " where f.tokenHash = :hash and f.revokedAt is null", CalendarFeedEntity.class)
                .setParameter("hash", hashed).getResultList().stream().findFirst());
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        UserContext owner;
        try {
            owner = users.contextOf(feed.get().userId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        boolean active = users.find(owner, owner.userId()).map(UserAccount::active).orElse(false);
        if (!active || owner.cooperativeId() != feed.get().cooperativeId
                || !owner.can(AccompanimentPermissions.READ)) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(AccompanimentSettings.zone(settings, owner.cooperativeId())));
        return Optional.of(calendar(owner, today.minusMonths(MONTHS_BACK), today.plusMonths(MONTHS_AHEAD)));
    }

    /** The actor's appointments from {@code from} to {@code to} inclusive, as an iCalendar object. */
    public String calendar(UserContext actor, LocalDate from, LocalDate to) {
        List<Appointment> found = appointments.ofAdviser(actor, actor.userId(), from, to);
        Messages m = new Messages(actor.locale());
        Map<Long, String> sites = people.establishments(actor).stream()
                .collect(Collectors.toMap(Establishment::id, Establishment::name));
        Map<Long, String> names = new java.util.HashMap<>();
        Function<Long, String> name = id -> names.computeIfAbsent(id, p -> people.find(actor, p)
                .map(x -> x.displayName()).orElse("#" + p));
        List<ICalendarWriter.Event> events = new ArrayList<>();
        for (Appointment a : found) {
            String location = a.establishmentId() != null ? sites.get(a.establishmentId())
                    : m.text("mode." + a.mode().name());
            List<String> lines = new ArrayList<>();
            if (!a.topics().isEmpty()) {
                lines.add(m.text("ics.topics", String.join(", ", a.topics())));
            }
            if (a.sharedNotes() != null) {
                lines.add(m.text("ics.shared", a.sharedNotes()));
            }
            if (a.nextSteps() != null) {
                lines.add(m.text("ics.nextSteps", a.nextSteps()));
            }
            events.add(new ICalendarWriter.Event(a, m.text("ics.summary", name.apply(a.personId()),
                    m.text("mode." + a.mode().name())), location, String.join("\n", lines)));
        }
        ICalendarWriter writer = new ICalendarWriter(AccompanimentSettings.zone(settings, actor.cooperativeId()),
                "cooperative-" + actor.cooperativeId() + ".essaim");
        return writer.write(m.text("ics.name", actor.displayName()), events, clock.instant());
    }

    private static void revokeAll(jakarta.persistence.EntityManager em, UserContext actor, LocalDateTime now) {
        em.createQuery("select f from AccompanimentCalendarFeed f where f.cooperativeId = :coop and f.userId = :user"
                        + " and f.revokedAt is null", CalendarFeedEntity.class)
                .setParameter("coop", actor.cooperativeId()).setParameter("user", actor.userId()).getResultList()
                .forEach(f -> f.revoke(now, actor.login()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
