package coop.essaim.accompaniment.ui;

import coop.essaim.accompaniment.api.AttendanceRecord;
import coop.essaim.accompaniment.api.SignUp;
import coop.essaim.accompaniment.api.SignUpStatus;
import coop.essaim.accompaniment.api.WorkshopKind;
import coop.essaim.accompaniment.api.WorkshopSession;
import coop.essaim.accompaniment.internal.workshop.WorkshopBook;
import coop.essaim.api.people.Person;
import coop.essaim.api.problem.ValidationException;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Mes ateliers", the entrepreneur's: their coming sessions with the cancel link, their attendance, and the
 * sessions of the next three months open to them with the sign-up link. Nothing about other people: the service
 * gives a person only their own sign-ups and the sessions' seat counts.
 */
public class MyWorkshopsPage extends AccompanimentPage {

    private static final long serialVersionUID = 1L;

    public MyWorkshopsPage(PageParameters parameters) {
        super(parameters);
        Optional<Person> own = accompaniment().ownFile(user());
        Long ownId = own.map(Person::id).orElse(null);
        LocalDateTime now = workshops().now(user());
        IModel<Map<Long, WorkshopSession>> coming = LoadableDetachableModel.of(() -> workshops()
                .sessions(user(), now.toLocalDate(), now.toLocalDate().plusMonths(3), null).stream()
                .filter(s -> s.start().isAfter(now))
                .collect(Collectors.toMap(WorkshopSession::id, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new)));
        IModel<List<SignUp>> mine = LoadableDetachableModel.of(() -> workshops().own(user()).stream()
                .filter(s -> s.status() != SignUpStatus.CANCELLED)
                .filter(s -> coming.getObject().containsKey(s.sessionId())).toList());
        AttendanceRecord record = own.map(p -> workshops().attendance(user(), p.id())).orElse(null);
        add(new Label("rate", record == null ? "" : text("workshop.myRate", "rate", record.ratePercent(),
                "present", record.present(), "recorded", record.recorded()))
                .setVisible(record != null && record.recorded() > 0));
        add(new Label("none", getString("workshop.mine.none")).setVisible(mine.getObject().isEmpty()));
        add(new ListView<>("mine", mine) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<SignUp> item) {
                SignUp s = item.getModelObject();
                WorkshopSession session = coming.getObject().get(s.sessionId());
                item.add(new Label("when", when(session.start())), new Label("title", session.title()),
                        new Label("agenda", session.agenda()),
                        new Label("place", place(session.online(), session.establishmentId(), sites())),
                        new Label("status", getString("SignUpStatus." + s.status())),
                        link("cancel", cancel(s.id())));
            }
        });
        IModel<List<WorkshopSession>> open = LoadableDetachableModel.of(() -> {
            Set<Long> taken = mine.getObject().stream().map(SignUp::sessionId).collect(Collectors.toSet());
            return coming.getObject().values().stream().filter(s -> !taken.contains(s.id())).toList();
        });
        add(minutes(now));
        add(new ListView<>("open", open) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<WorkshopSession> item) {
                WorkshopSession s = item.getModelObject();
                item.add(new Label("when", when(s.start())), new Label("title", s.title()),
                        new Label("agenda", s.agenda()),
                        new Label("place", place(s.online(), s.establishmentId(), sites())),
                        new Label("left", s.seatsLeft() > 0 ? String.valueOf(s.seatsLeft())
                                : getString("workshop.full")),
                        link("signUp", signUp(s.id(), ownId)).setVisible(ownId != null));
            }
        });
    }

    /** The minutes of the monthly meetings of the last six months, the latest first: they are open to all. */
    private ListView<WorkshopSession> minutes(LocalDateTime now) {
        IModel<List<WorkshopSession>> held = LoadableDetachableModel.of(() -> {
            List<WorkshopSession> found = new ArrayList<>(workshops().sessions(user(),
                    now.toLocalDate().minusMonths(6), now.toLocalDate(), null).stream()
                    .filter(s -> s.kind() == WorkshopKind.MONTHLY_MEETING && s.minutes() != null).toList());
            Collections.reverse(found);
            return found;
        });
        return new ListView<>("minutes", held) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<WorkshopSession> item) {
                WorkshopSession s = item.getModelObject();
                item.add(new Label("when", when(s.start())), new Label("title", s.title()),
                        new Label("text", s.minutes()));
            }
        };
    }

    private WorkshopBook workshops() {
        return accompaniment().workshops();
    }

    /** Kept by the page's links, so serializable: it holds ids, never records. */
    private interface Change extends Serializable {
        SignUp run();
    }

    private Change cancel(long signUpId) {
        return () -> workshops().cancel(user(), signUpId);
    }

    private Change signUp(long sessionId, Long personId) {
        return () -> workshops().signUp(user(), sessionId, personId);
    }

    private Link<Void> link(String wicketId, Change change) {
        return new Link<>(wicketId) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                try {
                    SignUp done = change.run();
                    getSession().info(getString("workshop.mine." + done.status()));
                    setResponsePage(MyWorkshopsPage.class);
                } catch (ValidationException e) {
                    refused(e);
                }
            }
        };
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("workshop.mine.title");
    }
}
