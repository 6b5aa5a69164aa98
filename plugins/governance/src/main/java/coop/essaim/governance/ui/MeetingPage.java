package coop.essaim.governance.ui;

import coop.essaim.governance.api.AgendaItem;
import coop.essaim.governance.api.Decision;
import coop.essaim.governance.api.Meeting;
import coop.essaim.governance.api.MeetingAttendance;
import coop.essaim.governance.api.MeetingQuorum;
import coop.essaim.governance.internal.board.MeetingMinutes;
import coop.essaim.governance.internal.board.MeetingConvocation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import coop.essaim.web.ui.Download;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.basic.MultiLineLabel;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One meeting of a body ({@code ?id=}): its agenda with the decisions on each item (a superseded one marked, never
 * removed), the members in mandate that day with their presence and the form to note it, the quorum, the form of a
 * decision or of a correction that supersedes one, and the minutes as a PDF. Another cooperative's id is a 404.
 */
public class MeetingPage extends BodyPageBase {

    private static final long serialVersionUID = 1L;

    private final long meetingId;
    private final IModel<Meeting> meeting;
    private final IModel<Map<Long, String>> members;
    private final IModel<Map<Long, String>> agenda;
    private final IModel<Map<Long, String>> standing;
    private final IModel<Long> person = Model.of((Long) null);
    private final IModel<Boolean> present = Model.of(true);
    private final IModel<Long> item = Model.of((Long) null);
    private final IModel<String> text = Model.of("");
    private final IModel<String> votesFor = Model.of("");
    private final IModel<String> against = Model.of("0");
    private final IModel<String> abstain = Model.of("0");
    private final IModel<Long> supersedes = Model.of((Long) null);
    private final IModel<Boolean> resend = Model.of(false);

    public MeetingPage(PageParameters parameters) {
        super(parameters);
        this.meetingId = parameters.get("id").toLong(-1);
        this.meeting = LoadableDetachableModel.of(() -> governance().meetings().find(user(), meetingId)
                .orElseThrow(() -> new AbortWithHttpErrorCodeException(404)));
        this.members = LoadableDetachableModel.of(this::memberNames);
        this.agenda = LoadableDetachableModel.of(this::itemTitles);
        this.standing = LoadableDetachableModel.of(this::standingDecisions);
        long bodyId = meeting.getObject().bodyId();
        add(new BookmarkablePageLink<Void>("back", BodyPage.class, of(bodyId)));
        add(new Label("heading", LoadableDetachableModel.of(() -> governance().bodies().body(user(), bodyId).name()
                + " · " + day(meeting.getObject().heldOn()))));
        add(new Label("place", LoadableDetachableModel.of(() -> meeting.getObject().place())));
        IModel<List<MeetingConvocation.Convoked>> convoked = LoadableDetachableModel.of(() -> governance()
                .meetingConvocations().last(user(), meetingId).map(MeetingConvocation::members).orElse(List.of()));
        add(new Label("convocation", LoadableDetachableModel.of(this::convened)));
        add(new WebMarkupContainer("convokedList") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!convoked.getObject().isEmpty());
            }
        }.add(new ListView<>("convoked", convoked) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<MeetingConvocation.Convoked> row) {
                MeetingConvocation.Convoked c = row.getModelObject();
                row.add(new Label("name", c.name()), new Label("mailed", getString(c.mailed()
                        ? "meetingConvocation.mailed" : "meetingConvocation.notMailed")));
            }
        }));
        add(submitting("convokeForm", this::convoke).add(new CheckBox("resend", resend)));
        add(new ResourceLink<Void>("minutes", Download.pdf(() -> governance().meetingMinutes().pdf(user(),
                meetingId), MeetingMinutes.fileName(meetingId))));
        add(new Label("quorum", LoadableDetachableModel.of(() -> quorum(governance().meetings()
                .quorum(user(), meetingId)))));
        add(new ListView<>("attendance", LoadableDetachableModel.of(() -> governance().meetings()
                .attendance(user(), meetingId))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<MeetingAttendance> row) {
                MeetingAttendance a = row.getModelObject();
                row.add(new Label("name", a.name()), new Label("roles", String.join(", ", a.roles())),
                        new Label("presence", getString(a.present() ? "presence.present" : "presence.absent")));
            }
        });
        add(submitting("attendForm", this::attend).add(
                new DropDownChoice<>("personId", person, () -> List.copyOf(members.getObject().keySet()),
                        byName(members)),
                new CheckBox("present", present)));
        add(new ListView<>("items", LoadableDetachableModel.of(() -> governance().meetings()
                .items(user(), meetingId))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<AgendaItem> row) {
                long itemId = row.getModelObject().id();
                row.add(new Label("position", row.getModelObject().position()),
                        new Label("title", row.getModelObject().title()));
                row.add(new ListView<>("decisions", LoadableDetachableModel.of(() -> governance().meetings()
                        .decisions(user(), meetingId).stream().filter(d -> d.itemId() == itemId).toList())) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<Decision> line) {
                        Decision d = line.getModelObject();
                        line.add(new Label("number", d.id()), new MultiLineLabel("text", d.text()),
                                new Label("result", result(d)), new Label("history", history(d)));
                    }
                });
            }
        });
        add(submitting("decisionForm", this::decide).add(
                new DropDownChoice<>("itemId", item, () -> List.copyOf(agenda.getObject().keySet()), byName(agenda)),
                new TextArea<>("text", text), new TextField<>("for", votesFor), new TextField<>("against", against),
                new TextField<>("abstain", abstain),
                new DropDownChoice<>("supersedesId", supersedes, () -> List.copyOf(standing.getObject().keySet()),
                        byName(standing)).setNullValid(true)));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("meeting.title");
    }

    @Override
    protected void onDetach() {
        meeting.detach();
        members.detach();
        agenda.detach();
        standing.detach();
        super.onDetach();
    }

    private String quorum(MeetingQuorum q) {
        return getString("meetingQuorum.describe").replace("{present}", String.valueOf(q.present()))
                .replace("{members}", String.valueOf(q.members()))
                .replace("{percent}", String.valueOf(q.percentNeeded()))
                + " · " + getString(q.reached() ? "quorum.reached" : "quorum.notReached");
    }

    private String result(Decision d) {
        return getString("decision.counts").replace("{for}", String.valueOf(d.votesFor()))
                .replace("{against}", String.valueOf(d.against()))
                .replace("{abstain}", String.valueOf(d.abstentions()))
                + " · " + getString(d.adopted() ? "decision.adopted" : "decision.rejected");
    }

    private String history(Decision d) {
        String out = d.supersedesId() == null ? ""
                : getString("decision.supersedes").replace("{id}", String.valueOf(d.supersedesId()));
        if (!d.standing()) {
            out += (out.isEmpty() ? "" : " · ") + getString("decision.supersededBy")
                    .replace("{id}", String.valueOf(d.supersededById()));
        }
        return out;
    }

    private Map<Long, String> memberNames() {
        Map<Long, String> out = new LinkedHashMap<>();
        governance().meetings().attendance(user(), meetingId).forEach(a -> out.put(a.personId(), a.name()));
        return out;
    }

    private Map<Long, String> itemTitles() {
        Map<Long, String> out = new LinkedHashMap<>();
        governance().meetings().items(user(), meetingId).forEach(i -> out.put(i.id(), i.position() + ". "
                + i.title()));
        return out;
    }

    private Map<Long, String> standingDecisions() {
        Map<Long, String> out = new LinkedHashMap<>();
        governance().meetings().decisions(user(), meetingId).stream().filter(Decision::standing)
                .forEach(d -> out.put(d.id(), "#" + d.id() + " · " + abbreviated(d.text())));
        return out;
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    /** When the last convocation left, by whom, to how many members, and how many had no address. */
    private String convened() {
        return governance().meetingConvocations().last(user(), meetingId).map(c -> getString("meetingConvocation.sent")
                        .replace("{day}", day(c.sentAt().toLocalDate())).replace("{by}", c.sentBy())
                        .replace("{count}", String.valueOf(c.mailed()))
                        .replace("{without}", String.valueOf(c.members().size() - c.mailed()))
                        + (c.resend() ? " " + getString("meetingConvocation.resent") : ""))
                .orElseGet(() -> getString("meetingConvocation.notSent"));
    }

    private void convoke() {
        governance().meetingConvocations().send(user(), meetingId, Boolean.TRUE.equals(resend.getObject()));
        resend.setObject(false);
    }

    private void attend() {
        governance().meetings().attend(user(), meetingId, required(person.getObject(), "personId"),
                Boolean.TRUE.equals(present.getObject()));
    }

    private void decide() {
        governance().meetings().decide(user(), meetingId, required(item.getObject(), "itemId"), text.getObject(),
                count(votesFor.getObject(), "for"), count(against.getObject(), "against"),
                count(abstain.getObject(), "abstain"), supersedes.getObject());
        text.setObject("");
        supersedes.setObject(null);
    }

    /** A count typed in a field: blank is none, anything else but a whole number is refused naming the field. */
    private int count(String value, String field) {
        if (blank(value)) {
            return 0;
        }
        try {
            return Integer.parseInt(text(value));
        } catch (NumberFormatException e) {
            throw new coop.essaim.api.problem.ValidationException(field, getString("count.format"));
        }
    }
}
