package coop.essaim.accompaniment.internal;

import coop.essaim.accompaniment.internal.appointment.AppointmentBook;
import coop.essaim.accompaniment.internal.appointment.AppointmentReach;
import coop.essaim.accompaniment.internal.calendar.CalendarFeeds;
import coop.essaim.accompaniment.internal.objective.ObjectiveBook;
import coop.essaim.accompaniment.internal.portfolio.PortfolioBook;
import coop.essaim.accompaniment.internal.workshop.AttendanceSheet;
import coop.essaim.accompaniment.internal.workshop.WorkshopBook;
import coop.essaim.accompaniment.internal.workshop.WorkshopReminders;
import coop.essaim.accompaniment.internal.workshop.WorkshopStatistics;
import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.mail.Mailer;
import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.user.UserDirectory;

import java.time.Clock;
import java.util.Optional;

/**
 * The module's services over its store and the core's services, as its pages, its API, its demo data and its
 * tests use them. Cheap to build: it holds no state beyond the references.
 */
public final class Accompaniment {

    private final AppointmentBook appointments;
    private final PortfolioBook portfolio;
    private final CalendarFeeds calendars;
    private final WorkshopBook workshops;
    private final People people;
    private final ModuleStore store;
    private final WorkshopReminders reminders;
    private final ObjectiveBook objectives;

    private Accompaniment(ModuleContext context, Clock clock) {
        ModuleStore store = context.store().orElseThrow(() -> new IllegalStateException("accompaniment: no store"));
        People people = context.service(People.class);
        this.people = people;
        this.store = store;
        CooperativeSettings settings = context.service(CooperativeSettings.class);
        this.appointments = new AppointmentBook(store, people, context.service(UserDirectory.class),
                context.service(AuditTrail.class), settings, clock);
        this.portfolio = new PortfolioBook(appointments, people, context.service(Activities.class),
                context.service(ActivityAccounts.class), settings, new StageLabels(people,
                context.service(ModuleCatalog.class)), clock);
        this.calendars = new CalendarFeeds(store, appointments, people, context.service(UserDirectory.class),
                settings, context.service(AuditTrail.class), clock);
        this.reminders = new WorkshopReminders(store, people, context.service(UserDirectory.class),
                context.service(Mailer.class), settings, clock);
        this.objectives = new ObjectiveBook(store, people, appointments, context.service(CooperativeDirectory.class),
                settings, context.service(AuditTrail.class), clock);
        this.workshops = new WorkshopBook(store, people, context.service(UserDirectory.class),
                context.service(AuditTrail.class), settings, clock, reminders);
    }

    public static Accompaniment of(ModuleContext context) {
        return new Accompaniment(context, Clock.systemDefaultZone());
    }

    /** With a chosen clock: how tests and the demo date what they decide. */
    public static Accompaniment of(ModuleContext context, Clock clock) {
        return new Accompaniment(context, clock);
    }

    public AppointmentBook appointments() {
        return appointments;
    }

    public ObjectiveBook objectives() {
        return objectives;
    }

    public PortfolioBook portfolio() {
        return portfolio;
    }

    public CalendarFeeds calendars() {
        return calendars;
    }

    /** The person file linked to the actor's login, if any. */
    public Optional<Person> ownFile(UserContext actor) {
        return new AppointmentReach(people, actor).ownFile();
    }

    public WorkshopBook workshops() {
        return workshops;
    }

    /** The reminders e-mailed before the sessions. */
    public WorkshopReminders reminders() {
        return reminders;
    }

    /** The team's workshop figures and their CSV file. */
    public WorkshopStatistics statistics() {
        return new WorkshopStatistics(store, people);
    }

    /** The sessions' printable attendance sheets (PDFBox, loaded only when a sheet is written). */
    public AttendanceSheet attendanceSheets() {
        return new AttendanceSheet(workshops, people);
    }
}
