package coop.essaim.governance.ui;

import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.Decision;
import coop.essaim.governance.api.Mandate;
import coop.essaim.governance.api.Meeting;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One body ({@code ?id=}) for those who keep it: its name (renamed here), who sits in it on a chosen day, the
 * history of its mandates (ended ones stay), the forms to appoint a person and to end a mandate, and its meetings with the form of a new one. An id of another cooperative, or none, is a 404.
 */
public class BodyPage extends BodyPageBase {

    private static final long serialVersionUID = 1L;

    private final long bodyId;
    private final IModel<Body> body;
    private final IModel<Map<Long, String>> people;
    private final IModel<Map<Long, String>> endable;
    private final IModel<String> newName = Model.of("");
    private final IModel<String> on = Model.of("");
    private final IModel<Long> person = Model.of((Long) null);
    private final IModel<String> role = Model.of("");
    private final IModel<String> from = Model.of("");
    private final IModel<String> to = Model.of("");
    private final IModel<Long> ending = Model.of((Long) null);
    private final IModel<String> endOn = Model.of("");
    private final IModel<String> meetingOn = Model.of("");
    private final IModel<String> place = Model.of("");
    private final IModel<String> agenda = Model.of("");

    public BodyPage(PageParameters parameters) {
        super(parameters);
        this.bodyId = parameters.get("id").toLong(-1);
        this.body = LoadableDetachableModel.of(() -> governance().bodies().all(user()).stream()
                .filter(b -> b.id() == bodyId).findFirst()
                .orElseThrow(() -> new AbortWithHttpErrorCodeException(404)));
        this.people = LoadableDetachableModel.of(() -> governance().bodies().appointable(user()));
        this.endable = LoadableDetachableModel.of(this::endable);
        body.getObject();
        newName.setObject(body.getObject().name());
        on.setObject(governance().bodies().today().toString());
        add(new BookmarkablePageLink<Void>("back", BodiesPage.class));
        add(new Label("heading", LoadableDetachableModel.of(() -> body.getObject().name() + " · "
                + getString("BodyKind." + body.getObject().kind().name()))));
        add(new BookmarkablePageLink<Void>("colleges", CollegesPage.class, of(bodyId))
                .setVisible(body.getObject().kind() == coop.essaim.governance.api.BodyKind.ASSEMBLY));
        add(submitting("renameForm", this::rename).add(new TextField<>("name", newName)));
        add(submitting("compositionForm", () -> { }).add(new TextField<>("on", on)));
        add(new Label("onDay", LoadableDetachableModel.of(() -> day(shownDay()))));
        add(mandateRows("members", LoadableDetachableModel.of(() -> governance().bodies()
                .membersOn(user(), bodyId, shownDay()))));
        add(mandateRows("mandates", LoadableDetachableModel.of(() -> governance().bodies()
                .mandates(user(), bodyId))));
        add(submitting("appointForm", this::appoint).add(
                new DropDownChoice<>("personId", person, () -> List.copyOf(people.getObject().keySet()),
                        byName(people)),
                new TextField<>("role", role), new TextField<>("from", from), new TextField<>("to", to)));
        add(submitting("endForm", this::end).add(
                new DropDownChoice<>("mandateId", ending, () -> List.copyOf(endable.getObject().keySet()),
                        byName(endable)),
                new TextField<>("to", endOn)));
        add(new ListView<>("meetings", LoadableDetachableModel.of(() -> governance().meetings()
                .meetings(user(), bodyId))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Meeting> item) {
                Meeting x = item.getModelObject();
                item.add(new BookmarkablePageLink<Void>("open", MeetingPage.class, of(x.id()))
                                .add(new Label("heldOn", day(x.heldOn()))),
                        new Label("place", x.place()),
                        new Label("decisions", governance().meetings().decisions(user(), x.id()).stream()
                                .filter(Decision::standing).count()));
            }
        });
        add(submitting("meetingForm", this::meet).add(new TextField<>("heldOn", meetingOn),
                new TextField<>("place", place), new TextArea<>("agenda", agenda)));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("body.title");
    }

    @Override
    protected void onDetach() {
        body.detach();
        people.detach();
        endable.detach();
        super.onDetach();
    }

    private ListView<Mandate> mandateRows(String id, IModel<List<Mandate>> list) {
        return new ListView<>(id, list) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Mandate> item) {
                Mandate x = item.getModelObject();
                item.add(new Label("name", people.getObject().getOrDefault(x.personId(), "#" + x.personId())),
                        new Label("role", x.role()), new Label("period", period(x)),
                        new Label("state", state(x, governance().bodies().today())));
            }
        };
    }

    /** The day the composition is shown for: the one typed, or today when it is not a date. */
    private LocalDate shownDay() {
        LocalDate d = date(on.getObject());
        return d == null ? governance().bodies().today() : d;
    }

    /** The mandates with no end yet or an end to come, as "name · role". */
    private Map<Long, String> endable() {
        LocalDate today = governance().bodies().today();
        Map<Long, String> out = new LinkedHashMap<>();
        governance().bodies().mandates(user(), bodyId).stream().filter(x -> x.to() == null || !x.to().isBefore(today))
                .forEach(x -> out.put(x.id(), people.getObject().getOrDefault(x.personId(), "#" + x.personId())
                        + " · " + x.role()));
        return out;
    }

    private void meet() {
        Meeting x = governance().meetings().create(user(), bodyId, date(meetingOn.getObject()), place.getObject(),
                Arrays.asList((agenda.getObject() == null ? "" : agenda.getObject()).split("\\R")));
        setResponsePage(MeetingPage.class, of(x.id()));
    }

    private void rename() {
        governance().bodies().rename(user(), bodyId, newName.getObject());
    }

    private void appoint() {
        governance().bodies().appoint(user(), bodyId, required(person.getObject(), "personId"), role.getObject(),
                date(from.getObject()), blank(to.getObject()) ? null : dated(to.getObject(), "to"));
        role.setObject("");
        from.setObject("");
        to.setObject("");
    }

    private void end() {
        governance().bodies().end(user(), required(ending.getObject(), "mandateId"), date(endOn.getObject()));
        endOn.setObject("");
    }
}
