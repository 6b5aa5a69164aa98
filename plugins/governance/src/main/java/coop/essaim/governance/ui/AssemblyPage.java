package coop.essaim.governance.ui;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.Attendance;
import coop.essaim.governance.api.Choice;
import coop.essaim.governance.api.Majority;
import coop.essaim.governance.api.Presence;
import coop.essaim.governance.api.Resolution;
import coop.essaim.governance.api.ResolutionState;
import coop.essaim.governance.internal.assembly.AssemblyDocuments;
import coop.essaim.governance.internal.assembly.CastVote;
import coop.essaim.web.ui.Download;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.basic.MultiLineLabel;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One general assembly ({@code ?id=}) for those who keep it: its agenda, the associates called with their presence
 * and proxies and the form to record them, the live quorum, the resolutions (add, open, close) with their results,
 * the roll of who voted (what they chose only when the ballot is not secret) and the form of a vote in the room;
 * the convocation sent by e-mail (once, then only by an explicit resend), the minutes as a PDF, and the form of a
 * second convocation when the quorum was not reached.
 * An id of another cooperative, or none, is a 404.
 */
public class AssemblyPage extends AssemblyPageBase {

    private static final long serialVersionUID = 1L;

    private final long assemblyId;
    private final IModel<Assembly> assembly;
    private final IModel<Map<Long, String>> names;
    private final IModel<Long> person = Model.of((Long) null);
    private final IModel<Presence> presence = Model.of(Presence.PRESENT);
    private final IModel<Long> holder = Model.of((Long) null);
    private final IModel<String> text = Model.of("");
    private final IModel<Majority> majority = Model.of(Majority.SIMPLE);
    private final IModel<Boolean> secret = Model.of(false);
    private final IModel<Long> resolution = Model.of((Long) null);
    private final IModel<Long> voter = Model.of((Long) null);
    private final IModel<Choice> choice = Model.of(Choice.FOR);
    private final IModel<Boolean> resend = Model.of(false);
    private final IModel<String> secondOn = Model.of("");
    private final IModel<String> secondPlace = Model.of("");

    public AssemblyPage(PageParameters parameters) {
        super(parameters);
        this.assemblyId = parameters.get("id").toLong(-1);
        this.assembly = LoadableDetachableModel.of(() -> governance().assemblies().find(user(), assemblyId)
                .orElseThrow(() -> new AbortWithHttpErrorCodeException(404)));
        this.names = LoadableDetachableModel.of(this::calledNames);
        assembly.getObject();
        add(new BookmarkablePageLink<Void>("back", AssembliesPage.class));
        add(new Label("heading", LoadableDetachableModel.of(() -> title(assembly.getObject()))));
        add(new Label("place", LoadableDetachableModel.of(() -> assembly.getObject().place())));
        add(new MultiLineLabel("agenda", LoadableDetachableModel.of(() -> assembly.getObject().agenda())));
        add(new Label("quorum", LoadableDetachableModel.of(() -> quorum(governance().assemblies()
                .quorum(user(), assemblyId)))));
        add(new Label("convocation", LoadableDetachableModel.of(() -> convened(assemblyId))));
        add(new Label("second", LoadableDetachableModel.of(this::second)));
        add(submitting("secondForm", this::callAgain).add(new TextField<>("heldOn", secondOn),
                new TextField<>("place", secondPlace)).setVisible(!assembly.getObject().secondConvocation()));
        add(submitting("convokeForm", this::convoke).add(new CheckBox("resend", resend)));
        add(new ResourceLink<Void>("minutes", Download.pdf(() -> governance().assemblyDocuments()
                .minutesPdf(user(), assemblyId), AssemblyDocuments.minutesFileName(assemblyId))));
        add(new ListView<>("attendance", LoadableDetachableModel.of(() -> governance().assemblies()
                .attendance(user(), assemblyId))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Attendance> item) {
                Attendance a = item.getModelObject();
                item.add(new Label("name", a.name()), new Label("presence", getString("Presence." + a.presence())),
                        new Label("proxy", a.proxyHolderId() == null ? "—"
                                : names.getObject().getOrDefault(a.proxyHolderId(), "#" + a.proxyHolderId())));
            }
        });
        IModel<List<Long>> called = () -> List.copyOf(names.getObject().keySet());
        add(submitting("attendForm", this::attend).add(
                new DropDownChoice<>("personId", person, called, byName()),
                new DropDownChoice<>("presence", presence, Arrays.asList(Presence.values()),
                        new EnumChoiceRenderer<>(this)),
                new DropDownChoice<>("proxyHolderId", holder, called, byName()).setNullValid(true)));
        add(new ListView<>("resolutions", LoadableDetachableModel.of(() -> governance().assemblies()
                .resolutions(user(), assemblyId))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Resolution> item) {
                Resolution r = item.getModelObject();
                long id = r.id();
                item.add(new Label("position", r.position()), new MultiLineLabel("text", r.text()),
                        new Label("terms", terms(r)),
                        new Label("state", getString("ResolutionState." + r.state().name())),
                        new Label("result", result(r)),
                        new Label("roll", roll(r)),
                        step("open", id, true).setVisible(r.state() == ResolutionState.DRAFT),
                        step("close", id, false).setVisible(r.state() == ResolutionState.OPEN));
            }
        });
        add(submitting("resolutionForm", this::addResolution).add(new TextArea<>("text", text),
                new DropDownChoice<>("majority", majority, Arrays.asList(Majority.values()),
                        new EnumChoiceRenderer<>(this)),
                new CheckBox("secret", secret)));
        IModel<List<Long>> open = () -> governance().assemblies().resolutions(user(), assemblyId).stream()
                .filter(r -> r.state() == ResolutionState.OPEN).map(Resolution::id).toList();
        add(submitting("voteForm", this::vote).add(
                new DropDownChoice<>("resolutionId", resolution, open, new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(Long id) {
                        return getString("resolution.number") + " " + governance().assemblies()
                                .resolution(user(), id).position();
                    }

                    @Override
                    public String getIdValue(Long id, int index) {
                        return String.valueOf(id);
                    }
                }),
                new DropDownChoice<>("voter", voter, called, byName()),
                new DropDownChoice<>("choice", choice, Arrays.asList(Choice.values()),
                        new EnumChoiceRenderer<>(this))));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("assembly.title");
    }

    @Override
    protected void onDetach() {
        assembly.detach();
        names.detach();
        super.onDetach();
    }

    /** Open (or close) a resolution's vote; a refusal is feedback. */
    private Link<Void> step(String id, long resolutionId, boolean opening) {
        return new Link<>(id) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                try {
                    if (opening) {
                        governance().assemblies().open(user(), resolutionId);
                    } else {
                        governance().assemblies().close(user(), resolutionId);
                    }
                    info(getString("saved"));
                } catch (ValidationException e) {
                    refused(e);
                }
            }
        };
    }

    private String roll(Resolution r) {
        List<CastVote> votes = governance().assemblies().roll(user(), r.id());
        if (votes.isEmpty()) {
            return getString("roll.none");
        }
        if (r.secret()) {
            return getString("roll.secret").replace("{count}", String.valueOf(votes.size()));
        }
        StringBuilder out = new StringBuilder();
        for (CastVote v : votes) {
            out.append(out.length() == 0 ? "" : ", ").append(v.name()).append(" : ")
                    .append(getString("Choice." + v.choice().name()));
        }
        return out.toString();
    }

    private Map<Long, String> calledNames() {
        Map<Long, String> out = new LinkedHashMap<>();
        governance().assemblies().attendance(user(), assemblyId).forEach(a -> out.put(a.personId(), a.name()));
        return out;
    }

    private ChoiceRenderer<Long> byName() {
        return new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(Long id) {
                return names.getObject().getOrDefault(id, "#" + id);
            }

            @Override
            public String getIdValue(Long id, int index) {
                return String.valueOf(id);
            }
        };
    }

    /** Which convocation this is, and the second one when the assembly was called again. */
    private String second() {
        Assembly a = assembly.getObject();
        if (a.secondConvocation()) {
            return getString("second.of").replace("{day}", day(governance().assemblies()
                    .assembly(user(), a.firstConvocationId()).heldOn()));
        }
        return governance().secondConvocations().of(user(), assemblyId).map(x -> getString("second.called")
                .replace("{day}", day(x.heldOn())).replace("{id}", String.valueOf(x.id())))
                .orElse(getString("second.none"));
    }

    private void callAgain() {
        Assembly a = governance().secondConvocations().call(user(), assemblyId, date(secondOn.getObject()),
                secondPlace.getObject());
        setResponsePage(AssemblyPage.class, of(a.id()));
    }

    private void convoke() {
        governance().convocations().send(user(), assemblyId, Boolean.TRUE.equals(resend.getObject()));
        resend.setObject(false);
    }

    private void attend() {
        governance().assemblies().attend(user(), assemblyId, required(person.getObject(), "personId"),
                presence.getObject(), holder.getObject());
    }

    private void addResolution() {
        governance().assemblies().addResolution(user(), assemblyId, text.getObject(), majority.getObject(),
                Boolean.TRUE.equals(secret.getObject()));
        text.setObject("");
    }

    private void vote() {
        governance().assemblies().recordVote(user(), required(resolution.getObject(), "resolutionId"),
                required(voter.getObject(), "personId"), choice.getObject());
    }

    private long required(Long id, String field) {
        if (id == null) {
            throw new ValidationException(field, getString("required"));
        }
        return id;
    }
}
