package coop.essaim.accompaniment.ui;

import coop.essaim.accompaniment.api.Appointment;
import coop.essaim.accompaniment.api.AppointmentDraft;
import coop.essaim.accompaniment.api.AppointmentMode;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.CheckBoxMultipleChoice;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.util.ListModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The appointment form: a new one for {@code ?person=}, or the one of {@code ?id=} with its attendance. Only
 * for those who manage the person's appointments (the service refuses anyone else), so the private notes are
 * shown here.
 */
public class AppointmentPage extends AccompanimentPage {

    private static final long serialVersionUID = 1L;

    record Choice(long id, String name) implements Serializable {
    }

    private final Long appointmentId;
    private final long personId;
    private final IModel<String> date = Model.of("");
    private final IModel<String> time = Model.of("09:00");
    private final IModel<String> duration = Model.of("60");
    private final IModel<AppointmentMode> mode = Model.of(AppointmentMode.ON_SITE);
    private final IModel<Choice> site = Model.of();
    private final IModel<List<Choice>> advisers = new ListModel<>(new ArrayList<>());
    private final IModel<String> topics = Model.of("");
    private final IModel<String> privateNotes = Model.of("");
    private final IModel<String> sharedNotes = Model.of("");
    private final IModel<String> nextSteps = Model.of("");
    private final IModel<Attendance> attendance = Model.of(Attendance.EXPECTED);

    public AppointmentPage(PageParameters parameters) {
        super(parameters);
        this.appointmentId = parameters.get("id").toOptionalLong();
        Appointment existing = appointmentId == null ? null : accompaniment().appointments()
                .find(user(), appointmentId).filter(Appointment::privateNotesShown)
                .orElseThrow(() -> new RestartResponseException(PortfolioPage.class));
        Long asked = parameters.get("person").toOptionalLong();
        if (existing == null && (asked == null || !people().mayManage(user(), asked))) {
            throw new RestartResponseException(PortfolioPage.class);
        }
        this.personId = existing == null ? asked : existing.personId();
        List<Choice> sites = people().establishments(user()).stream()
                .map(e -> new Choice(e.id(), e.name())).toList();
        List<Choice> staff = staff();
        if (existing == null) {
            date.setObject(LocalDate.now().plusDays(7).toString());
            advisers.getObject().addAll(staff.stream().filter(c -> c.id() == user().userId()).toList());
            people().find(user(), personId).map(p -> p.details().establishmentId()).ifPresent(id ->
                    site.setObject(sites.stream().filter(c -> c.id() == id).findFirst().orElse(null)));
        } else {
            fill(existing, sites, staff);
        }
        add(new Label("person", personName(personId)));
        Form<Void> form = new Form<>("appointmentForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                save();
            }
        };
        ChoiceRenderer<Choice> byName = new ChoiceRenderer<>("name", "id");
        form.add(new TextField<>("date", date), new TextField<>("time", time), new TextField<>("duration", duration),
                new DropDownChoice<>("mode", mode, Arrays.asList(AppointmentMode.values()),
                        new EnumChoiceRenderer<>(this)).setNullValid(false),
                new DropDownChoice<>("site", site, sites, byName).setNullValid(true),
                new CheckBoxMultipleChoice<>("advisers", advisers, staff, byName),
                new TextField<>("topics", topics), new TextArea<>("privateNotes", privateNotes),
                new TextArea<>("sharedNotes", sharedNotes), new TextArea<>("nextSteps", nextSteps));
        add(form);
        Form<Void> attendanceForm = new Form<>("attendanceForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                recordAttendance();
            }
        };
        attendanceForm.add(new DropDownChoice<>("attendance", attendance, Arrays.asList(Attendance.values()),
                new EnumChoiceRenderer<>(this)).setNullValid(false));
        attendanceForm.setVisible(existing != null);
        add(attendanceForm);
    }

    private void fill(Appointment a, List<Choice> sites, List<Choice> staff) {
        date.setObject(a.start().toLocalDate().toString());
        time.setObject(a.start().toLocalTime().toString());
        duration.setObject(String.valueOf(a.durationMinutes()));
        mode.setObject(a.mode());
        site.setObject(sites.stream().filter(c -> a.establishmentId() != null && c.id() == a.establishmentId())
                .findFirst().orElse(null));
        advisers.getObject().addAll(staff.stream().filter(c -> a.adviserUserIds().contains(c.id())).toList());
        topics.setObject(String.join(", ", a.topics()));
        privateNotes.setObject(a.privateNotes());
        sharedNotes.setObject(a.sharedNotes());
        nextSteps.setObject(a.nextSteps());
        attendance.setObject(a.attendance());
    }

    /** The permanent staff whose file is linked to a login: those an appointment can have as advisers. */
    private List<Choice> staff() {
        return people().list(user(), PersonQuery.all(0, 500).withKind(PersonKind.PERMANENT_STAFF)).items().stream()
                .filter(p -> p.details().userId() != null)
                .map(p -> new Choice(p.details().userId(), p.displayName())).toList();
    }

    private void save() {
        LocalDateTime start;
        int minutes;
        try {
            start = LocalDate.parse(text(date)).atTime(LocalTime.parse(text(time)));
        } catch (DateTimeParseException e) {
            error(getString("error.dateTime"));
            return;
        }
        try {
            minutes = Integer.parseInt(text(duration));
        } catch (NumberFormatException e) {
            minutes = 0;   // the service names the field
        }
        AppointmentDraft draft = new AppointmentDraft(personId, start, minutes, mode.getObject(),
                site.getObject() == null ? null : site.getObject().id(),
                advisers.getObject().stream().map(Choice::id).toList(),
                Arrays.stream(text(topics).split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
                privateNotes.getObject(), sharedNotes.getObject(), nextSteps.getObject());
        try {
            Appointment saved = appointmentId == null ? accompaniment().appointments().schedule(user(), draft)
                    : accompaniment().appointments().update(user(), appointmentId, draft);
            getSession().info(getString("appointment.saved"));
            setResponsePage(AppointmentPage.class, new PageParameters().set("id", saved.id()));
        } catch (ValidationException e) {
            refused(e);
        } catch (AccessDeniedException e) {
            error(getString("error.forbidden"));
        }
    }

    private void recordAttendance() {
        try {
            accompaniment().appointments().recordAttendance(user(), appointmentId, attendance.getObject());
            info(getString("appointment.attendanceSaved"));
        } catch (ValidationException e) {
            refused(e);
        }
    }

    private static String text(IModel<String> model) {
        return model.getObject() == null ? "" : model.getObject().strip();
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("appointment.title");
    }
}
