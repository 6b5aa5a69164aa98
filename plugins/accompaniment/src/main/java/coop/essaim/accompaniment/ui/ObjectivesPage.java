package coop.essaim.accompaniment.ui;

import coop.essaim.accompaniment.api.Appointment;
import coop.essaim.accompaniment.api.Objective;
import coop.essaim.accompaniment.api.ObjectiveDraft;
import coop.essaim.accompaniment.api.ObjectiveKind;
import coop.essaim.accompaniment.api.ObjectiveReview;
import coop.essaim.accompaniment.api.ObjectiveStatus;
import coop.essaim.accompaniment.internal.appointment.AppointmentReach;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * A person's objectives contract and training plan ({@code ?person=}; one's own without it): each objective with
 * its target, due day, status and every review, and, for an adviser who manages the person, a form to set a new
 * one and one to review each at an appointment. What the person reads is what the service gives them.
 */
public class ObjectivesPage extends AccompanimentPage {

    private static final long serialVersionUID = 1L;

    private final long personId;
    private final boolean manage;

    public ObjectivesPage(PageParameters parameters) {
        super(parameters);
        AppointmentReach reach = new AppointmentReach(people(), user());
        Long asked = parameters.get("person").toOptionalLong();
        Long person = asked != null ? asked : reach.ownFile().map(p -> p.id()).orElse(null);
        if (person == null || reach.of(person).isEmpty()) {
            throw new RestartResponseException(MyAppointmentsPage.class);
        }
        this.personId = person;
        this.manage = reach.of(person).get().manage();
        IModel<List<Objective>> objectives = LoadableDetachableModel.of(() ->
                accompaniment().objectives().ofPerson(user(), personId));
        IModel<List<Appointment>> appointments = LoadableDetachableModel.of(() ->
                accompaniment().appointments().ofPerson(user(), personId));
        add(new Label("person", personName(personId)));
        add(new Label("none", getString("objective.none")).setVisible(objectives.getObject().isEmpty()));
        add(new ListView<>("objectives", objectives) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Objective> item) {
                Objective o = item.getModelObject();
                item.add(new Label("kind", getString("ObjectiveKind." + o.kind().name())),
                        new Label("label", o.label()), new Label("target", target(o)),
                        new Label("due", day(o.dueOn())),
                        new Label("status", getString("ObjectiveStatus." + o.status().name())));
                item.add(new ListView<>("reviews", item.getModel().map(Objective::reviews)) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<ObjectiveReview> r) {
                        ObjectiveReview review = r.getModelObject();
                        r.add(new Label("on", day(review.reviewedOn())),
                                new Label("reviewStatus", getString("ObjectiveStatus." + review.status().name())),
                                new Label("note", review.note()), new Label("by", review.reviewedBy()),
                                new Label("at", appointmentOf(review, appointments.getObject())));
                    }
                });
                item.add(reviewForm(o.id(), appointments).setVisible(manage));
            }
        });
        add(newObjectiveForm().setVisible(manage));
    }

    private Form<Void> newObjectiveForm() {
        IModel<ObjectiveKind> kind = Model.of(ObjectiveKind.TURNOVER);
        IModel<String> label = Model.of("");
        IModel<String> amount = Model.of("");
        IModel<String> hours = Model.of("");
        IModel<String> due = Model.of(LocalDate.now().plusMonths(6).toString());
        Form<Void> form = new Form<>("newObjective") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                LocalDate dueOn = date(due, "dueOn");
                Money target = money(amount);
                Integer h = hours.getObject() == null || hours.getObject().isBlank() ? null : number(hours);
                if (ObjectivesPage.this.hasErrorMessage()) {
                    return;
                }
                save(() -> accompaniment().objectives().set(user(), new ObjectiveDraft(personId, kind.getObject(),
                        label.getObject(), target, h, dueOn)), "objective.saved");
            }
        };
        form.add(new DropDownChoice<>("kind", kind, Arrays.asList(ObjectiveKind.values()),
                        new EnumChoiceRenderer<>(this)).setNullValid(false),
                new TextField<>("label", label), new TextField<>("amount", amount), new TextField<>("hours", hours),
                new TextField<>("dueOn", due));
        return form;
    }

    private WebMarkupContainer reviewForm(long objectiveId, IModel<List<Appointment>> appointments) {
        IModel<String> on = Model.of(LocalDate.now().toString());
        IModel<ObjectiveStatus> status = Model.of(ObjectiveStatus.ON_TRACK);
        IModel<Choice> at = Model.of();
        IModel<String> note = Model.of("");
        Form<Void> form = new Form<>("reviewForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                LocalDate day = date(on, "reviewedOn");
                if (ObjectivesPage.this.hasErrorMessage()) {
                    return;
                }
                save(() -> accompaniment().objectives().review(user(), objectiveId, day,
                        at.getObject() == null ? null : at.getObject().id(), status.getObject(), note.getObject()),
                        "objective.reviewed");
            }
        };
        List<ObjectiveStatus> choices = Arrays.stream(ObjectiveStatus.values())
                .filter(s -> s != ObjectiveStatus.OPEN).toList();
        form.add(new TextField<>("reviewedOn", on),
                new DropDownChoice<>("reviewStatus", status, choices, new EnumChoiceRenderer<>(this))
                        .setNullValid(false),
                new DropDownChoice<>("appointment", at, LoadableDetachableModel.of(() -> appointments.getObject()
                        .stream().map(a -> new Choice(a.id(), when(a.start()))).toList()),
                        new ChoiceRenderer<>("name", "id")).setNullValid(true),
                new TextArea<>("note", note));
        return form;
    }

    private interface Change {
        void run();
    }

    private void save(Change change, String doneKey) {
        try {
            change.run();
            getSession().info(getString(doneKey));
            setResponsePage(ObjectivesPage.class, new PageParameters().set("person", personId));
        } catch (ValidationException e) {
            refused(e);
        } catch (AccessDeniedException e) {
            error(getString("error.forbidden"));
        }
    }

    private LocalDate date(IModel<String> text, String field) {
        try {
            return text.getObject() == null || text.getObject().isBlank() ? null
                    : LocalDate.parse(text.getObject().strip());
        } catch (DateTimeParseException e) {
            error(getString("field." + field) + " : " + getString("error.date"));
            return null;
        }
    }

    private Money money(IModel<String> text) {
        if (text.getObject() == null || text.getObject().isBlank()) {
            return null;
        }
        try {
            return Money.parse(text.getObject().strip().replace(',', '.'), currency());
        } catch (IllegalArgumentException e) {
            error(getString("field.amount") + " : " + getString("error.amount"));
            return null;
        }
    }

    private Currency currency() {
        return Currency.getInstance(module().service(CooperativeDirectory.class).find(user().cooperativeId())
                .orElseThrow().currency());
    }

    private String target(Objective o) {
        if (o.amount() != null) {
            return o.amount().format(getLocale());
        }
        return o.hours() == null ? "" : text("objective.hours", "hours", o.hours());
    }

    private String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(day);
    }

    private String appointmentOf(ObjectiveReview review, List<Appointment> appointments) {
        return review.appointmentId() == null ? "" : appointments.stream()
                .filter(a -> a.id() == review.appointmentId()).map(a -> when(a.start())).findFirst().orElse("");
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("objective.title");
    }
}
