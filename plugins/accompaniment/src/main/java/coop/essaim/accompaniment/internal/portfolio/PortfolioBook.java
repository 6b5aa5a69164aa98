package coop.essaim.accompaniment.internal.portfolio;

import coop.essaim.accompaniment.api.AccompanimentPermissions;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.accompaniment.api.Portfolio;
import coop.essaim.accompaniment.api.PortfolioAlert;
import coop.essaim.accompaniment.api.PortfolioEntry;
import coop.essaim.accompaniment.api.PortfolioEntry.ActivityCash;
import coop.essaim.accompaniment.internal.AccompanimentSettings;
import coop.essaim.accompaniment.internal.StageLabels;
import coop.essaim.accompaniment.internal.appointment.AppointmentBook;
import coop.essaim.accompaniment.internal.appointment.AppointmentBook.Held;
import coop.essaim.api.ledger.ActivityAccount;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.people.DeadlineFlag;
import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.people.ResultPage;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The adviser's portfolio: the people whose referent they are, each with their stage, last and next appointment,
 * the treasury of their activities (from the ledger, through the core's {@code ActivityAccounts}, as payroll reads
 * an activity's account) and the alerts. Treasury an adviser may not read is left out, not guessed.
 */
public final class PortfolioBook implements Portfolio {

    private final AppointmentBook appointments;
    private final People people;
    private final Activities activities;
    private final ActivityAccounts accounts;
    private final CooperativeSettings settings;
    private final StageLabels labels;
    private final Clock clock;

    public PortfolioBook(AppointmentBook appointments, People people, Activities activities, ActivityAccounts accounts,
                         CooperativeSettings settings, StageLabels labels, Clock clock) {
        this.appointments = appointments;
        this.people = people;
        this.activities = activities;
        this.accounts = accounts;
        this.settings = settings;
        this.labels = labels;
        this.clock = clock;
    }

    @Override
    public List<PortfolioEntry> of(UserContext actor) {
        actor.require(AccompanimentPermissions.PORTFOLIO);
        PathModel model = people.pathModel(actor);
        List<Person> followed = followed(actor, model);
        Map<Long, List<Held>> held = appointments.heldByPerson(actor, followed.stream().map(Person::id).toList());
        LocalDateTime now = LocalDateTime.now(clock.withZone(AccompanimentSettings.zone(settings,
                actor.cooperativeId())));
        LocalDateTime silentSince = now.minusWeeks(AccompanimentSettings.alertWeeks(settings, actor.cooperativeId()));
        List<PortfolioEntry> entries = new ArrayList<>();
        for (Person p : followed) {
            List<Held> own = held.getOrDefault(p.id(), List.of());
            LocalDateTime last = own.stream().filter(h -> !h.start().isAfter(now)).filter(PortfolioBook::attended)
                    .map(Held::start).max(Comparator.naturalOrder()).orElse(null);
            LocalDateTime next = own.stream().filter(h -> h.start().isAfter(now))
                    .filter(h -> h.attendance() == Attendance.EXPECTED).map(Held::start)
                    .min(Comparator.naturalOrder()).orElse(null);
            List<ActivityCash> cash = cash(actor, p.id(), now.toLocalDate());
            List<PortfolioAlert> alerts = new ArrayList<>();
            if (last == null || last.isBefore(silentSince)) {
                alerts.add(PortfolioAlert.NO_RECENT_APPOINTMENT);
            }
            if (p.deadline().flag() == DeadlineFlag.DUE_WITHIN_90_DAYS) {
                alerts.add(PortfolioAlert.ASSOCIATE_DEADLINE_DUE);
            } else if (p.deadline().flag() == DeadlineFlag.OVERDUE) {
                alerts.add(PortfolioAlert.ASSOCIATE_DEADLINE_OVERDUE);
            }
            if (cash.stream().anyMatch(c -> c.treasury().isNegative())) {
                alerts.add(PortfolioAlert.TREASURY_NEGATIVE);
            }
            entries.add(new PortfolioEntry(p.id(), p.displayName(), p.statusCode(),
                    labels.label(model, p.statusCode(), actor.locale()), last, next, p.deadline(), cash, alerts));
        }
        return entries;
    }

    /** Present, or not recorded yet: an appointment the person missed does not count as follow-up. */
    private static boolean attended(Held h) {
        return h.attendance() == Attendance.PRESENT || h.attendance() == Attendance.EXPECTED;
    }

    private List<Person> followed(UserContext actor, PathModel model) {
        List<Person> out = new ArrayList<>();
        int offset = 0;
        while (true) {
            ResultPage<Person> page = people.list(actor, PersonQuery.all(offset, 500).withReferent(actor.userId()));
            page.items().stream().filter(p -> !left(model, p)).forEach(out::add);
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return out;
            }
        }
    }

    private static boolean left(PathModel model, Person p) {
        return p.statusCode() != null && model.status(p.statusCode()).map(s -> s.exit()).orElse(false);
    }

    private List<ActivityCash> cash(UserContext actor, long personId, LocalDate today) {
        List<ActivityCash> out = new ArrayList<>();
        for (Activity a : activities.list(actor, personId, ActivityStatus.ACTIVE)) {
            trend(actor, a, today).ifPresent(out::add);
        }
        return out;
    }

    private Optional<ActivityCash> trend(UserContext actor, Activity a, LocalDate today) {
        try {
            LocalDate yearAgo = today.minusYears(1);
            ActivityAccount lastYear = accounts.account(actor, a.id(), yearAgo.plusDays(1), today);
            ActivityAccount yearBefore = accounts.account(actor, a.id(), yearAgo.minusYears(1).plusDays(1), yearAgo);
            LocalDate quarterAgo = today.minusMonths(3);
            ActivityAccount then = accounts.account(actor, a.id(), quarterAgo.withDayOfMonth(1), quarterAgo);
            return Optional.of(new ActivityCash(a.id(), a.name(), lastYear.treasury(), then.treasury(),
                    lastYear.turnoverExclVat(), yearBefore.turnoverExclVat()));
        } catch (AccessDeniedException | ValidationException e) {
            return Optional.empty();   // the actor may not read this activity's books
        }
    }
}
