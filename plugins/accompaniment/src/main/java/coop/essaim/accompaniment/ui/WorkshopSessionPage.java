package coop.essaim.accompaniment.ui;

import coop.essaim.accompaniment.api.AccompanimentPermissions;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.accompaniment.api.AttendanceRecord;
import coop.essaim.accompaniment.api.SignUp;
import coop.essaim.accompaniment.api.SignUpStatus;
import coop.essaim.accompaniment.api.WorkshopSession;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.handler.resource.ResourceStreamRequestHandler;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.ContentDisposition;
import org.apache.wicket.util.resource.AbstractResourceStream;
import org.danekja.java.util.function.serializable.SerializableConsumer;

import java.util.List;

/**
 * One session for the team: who signed up in queue order, with the links that confirm, cancel and take the
 * attendance on the day; the form that signs up a person one manages; the agenda and, afterwards, the minutes.
 */
public class WorkshopSessionPage extends AccompanimentPage {

    private static final long serialVersionUID = 1L;

    private final long sessionId;
    private final IModel<Choice> person = Model.of();
    private final IModel<String> agenda = Model.of("");
    private final IModel<String> minutes = Model.of("");

    public WorkshopSessionPage(PageParameters parameters) {
        super(parameters);
        Long id = parameters.get("id").toOptionalLong();
        WorkshopSession session = id == null ? null : accompaniment().workshops().session(user(), id).orElse(null);
        if (session == null) {
            throw new RestartResponseException(WorkshopCataloguePage.class);
        }
        this.sessionId = id;
        agenda.setObject(session.agenda());
        minutes.setObject(session.minutes());
        boolean started = !session.start().isAfter(accompaniment().workshops().now(user()));
        IModel<WorkshopSession> current = LoadableDetachableModel.of(() -> accompaniment().workshops()
                .session(user(), sessionId).orElseThrow());
        add(new Label("sessionTitle", session.title()), new Label("when", when(session.start())),
                new Label("place", place(session.online(), session.establishmentId(), sites())),
                new Label("seats", LoadableDetachableModel.of(() -> text("workshop.seatsTaken",
                        "confirmed", current.getObject().confirmed(), "capacity", current.getObject().capacity(),
                        "waiting", current.getObject().waiting()))));
        IModel<List<SignUp>> signUps = LoadableDetachableModel.of(() -> accompaniment().workshops()
                .signUps(user(), sessionId));
        boolean takesAttendance = user().can(AccompanimentPermissions.WORKSHOPS_ATTENDANCE);
        add(new ListView<>("signUps", signUps) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<SignUp> item) {
                SignUp s = item.getModelObject();
                boolean confirmed = s.status() == SignUpStatus.CONFIRMED;
                item.add(new Label("number", s.queueNumber()), new Label("person", personName(s.personId())),
                        new Label("status", getString("SignUpStatus." + s.status())),
                        new Label("attendance", confirmed ? getString("attendance." + s.attendance()) : ""),
                        new Label("rate", rate(s.personId())),
                        action("confirm", s, !started && s.status() == SignUpStatus.PENDING,
                                id -> accompaniment().workshops().confirm(user(), id)),
                        action("cancel", s, !started && s.status() != SignUpStatus.CANCELLED,
                                id -> accompaniment().workshops().cancel(user(), id)),
                        attend("present", s, Attendance.PRESENT, started && confirmed && takesAttendance),
                        attend("excused", s, Attendance.EXCUSED, started && confirmed && takesAttendance),
                        attend("absent", s, Attendance.ABSENT, started && confirmed && takesAttendance));
            }
        });
        add(new Link<Void>("sheet") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                byte[] pdf = accompaniment().attendanceSheets().pdf(user(), sessionId);
                getRequestCycle().scheduleRequestHandlerAfterCurrent(new ResourceStreamRequestHandler(
                        new BytesResourceStream(pdf, "application/pdf"), getString("workshop.sheetFile") + ".pdf")
                        .setContentDisposition(ContentDisposition.ATTACHMENT));
            }
        }.setVisible(takesAttendance));
        add(signUpForm(started));
        add(notesForm(started));
    }

    /** The person's attendance over the sessions recorded, for the adviser who confirms a pending sign-up. */
    private String rate(long personId) {
        AttendanceRecord r = accompaniment().workshops().attendance(user(), personId);
        return r.recorded() == 0 ? "" : text("workshop.rate", "rate", r.ratePercent(), "absent", r.absent());
    }

    private Link<Void> attend(String wicketId, SignUp s, Attendance value, boolean visible) {
        return action(wicketId, s, visible, id -> accompaniment().workshops().recordAttendance(user(), id, value));
    }

    private Link<Void> action(String wicketId, SignUp s, boolean visible, SerializableConsumer<Long> change) {
        long signUpId = s.id();
        Link<Void> link = new Link<>(wicketId) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                try {
                    change.accept(signUpId);
                    // said by the page: the row's link is rebuilt when the list renders again
                    WorkshopSessionPage.this.info(getString("workshop.changed"));
                } catch (ValidationException e) {
                    refused(e);
                } catch (AccessDeniedException e) {
                    WorkshopSessionPage.this.error(getString("error.forbidden"));
                }
            }
        };
        link.setVisible(visible);
        return link;
    }

    private Form<Void> signUpForm(boolean started) {
        Form<Void> form = new Form<>("signUpForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                if (person.getObject() == null) {
                    error(getString("field.personId") + " : " + getString("error.choose"));
                    return;
                }
                try {
                    SignUp made = accompaniment().workshops().signUp(user(), sessionId, person.getObject().id());
                    info(getString("SignUpStatus." + made.status()));
                    person.setObject(null);
                } catch (ValidationException e) {
                    refused(e);
                } catch (AccessDeniedException e) {
                    error(getString("error.forbidden"));
                }
            }
        };
        List<Choice> managed = people().list(user(), PersonQuery.all(0, 500).withKind(PersonKind.MEMBER)).items()
                .stream().filter(p -> people().mayManage(user(), p.id()))
                .map(p -> new Choice(p.id(), p.displayName())).toList();
        form.add(new DropDownChoice<>("person", person, managed, new ChoiceRenderer<>("name", "id")));
        form.setVisible(!started);
        return form;
    }

    private Form<Void> notesForm(boolean started) {
        Form<Void> form = new Form<>("notesForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    accompaniment().workshops().describe(user(), sessionId, agenda.getObject(), minutes.getObject());
                    info(getString("workshop.changed"));
                } catch (ValidationException e) {
                    refused(e);
                }
            }
        };
        form.add(new TextArea<>("agenda", agenda), new TextArea<>("minutes", minutes).setVisible(started));
        return form;
    }

    /** The sheet's bytes as Wicket streams them. */
    private static final class BytesResourceStream extends AbstractResourceStream {

        private static final long serialVersionUID = 1L;

        private final byte[] bytes;
        private final String type;

        BytesResourceStream(byte[] bytes, String type) {
            this.bytes = bytes;
            this.type = type;
        }

        @Override
        public String getContentType() {
            return type;
        }

        @Override
        public org.apache.wicket.util.lang.Bytes length() {
            return org.apache.wicket.util.lang.Bytes.bytes(bytes.length);
        }

        @Override
        public java.io.InputStream getInputStream() {
            return new java.io.ByteArrayInputStream(bytes);
        }

        @Override
        public void close() {
        }
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("workshop.session.title");
    }
}
