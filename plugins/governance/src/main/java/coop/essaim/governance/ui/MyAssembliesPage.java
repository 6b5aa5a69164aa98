package coop.essaim.governance.ui;

import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.Attendance;
import coop.essaim.governance.api.Choice;
import coop.essaim.governance.api.Presence;
import coop.essaim.governance.api.Resolution;
import coop.essaim.governance.api.ResolutionState;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.basic.MultiLineLabel;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An associate's own assemblies: those that call them (they are on the register on the assembly's day), the latest
 * first, with the agenda, their presence, each resolution's state and counts, and while a resolution is open the
 * form of their vote, for themselves and for each associate whose proxy they hold who has not voted yet.
 */
public class MyAssembliesPage extends AssemblyPageBase {

    private static final long serialVersionUID = 1L;

    public MyAssembliesPage(PageParameters parameters) {
        super(parameters);
        IModel<List<Assembly>> mine = LoadableDetachableModel.of(() -> governance().assemblies().mine(user()));
        add(new Label("none", getString("myAssemblies.none")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(mine.getObject().isEmpty());
            }
        });
        add(new ListView<>("assemblies", mine) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Assembly> item) {
                Assembly a = item.getModelObject();
                long assemblyId = a.id();
                long me = governance().assemblies().ownId(user()).orElse(-1L);
                Map<Long, Attendance> called = governance().assemblies().attendance(user(), assemblyId).stream()
                        .collect(Collectors.toMap(Attendance::personId, x -> x));
                Attendance own = called.get(me);
                item.add(new Label("heading", title(a)), new Label("place", a.place()),
                        new MultiLineLabel("agenda", a.agenda()),
                        new Label("presence", own == null ? "—" : presence(own, called)),
                        new Label("quorum", quorum(governance().assemblies().quorum(user(), assemblyId))),
                        resolutions("resolutions", assemblyId, me));
            }
        });
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("myAssemblies.title");
    }

    private String presence(Attendance own, Map<Long, Attendance> called) {
        String text = getString("Presence." + own.presence().name());
        if (own.proxyHolderId() != null) {
            Attendance h = called.get(own.proxyHolderId());
            text += " · " + getString("col.proxy") + " : " + (h == null ? "#" + own.proxyHolderId() : h.name());
        }
        List<String> held = called.values().stream().filter(x -> Long.valueOf(own.personId())
                .equals(x.proxyHolderId())).map(Attendance::name).sorted().toList();
        return held.isEmpty() ? text : text + " · " + getString("myAssemblies.holding") + " " + String.join(", ", held);
    }

    private ListView<Resolution> resolutions(String id, long assemblyId, long me) {
        return new ListView<>(id, LoadableDetachableModel.of(() -> governance().assemblies()
                .resolutions(user(), assemblyId))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Resolution> item) {
                Resolution r = item.getModelObject();
                List<Long> voices = r.state() == ResolutionState.OPEN ? voices(assemblyId, r.id(), me) : List.of();
                item.add(new Label("position", r.position()), new MultiLineLabel("text", r.text()),
                        new Label("terms", terms(r)),
                        new Label("state", getString("ResolutionState." + r.state().name())),
                        new Label("result", result(r)),
                        new Label("voted", getString("myAssemblies.voted"))
                                .setVisible(r.state() == ResolutionState.OPEN && voices.isEmpty()),
                        voteForm("voteForm", r.id(), voices).setVisible(!voices.isEmpty()));
            }
        };
    }

    /** Whom the user still votes for on this resolution: themselves unless represented, and those they represent. */
    private List<Long> voices(long assemblyId, long resolutionId, long me) {
        List<Long> out = new ArrayList<>();
        for (Attendance a : governance().assemblies().attendance(user(), assemblyId)) {
            boolean mine = a.personId() == me && a.presence() != Presence.REPRESENTED;
            boolean held = a.presence() == Presence.REPRESENTED && Long.valueOf(me).equals(a.proxyHolderId());
            if ((mine || held) && !governance().assemblies().voted(user(), resolutionId, a.personId())) {
                out.add(a.personId());
            }
        }
        out.sort((x, y) -> x == me ? -1 : y == me ? 1 : 0);
        return out;
    }

    private Form<Void> voteForm(String id, long resolutionId, List<Long> voices) {
        IModel<Choice> choice = Model.of(Choice.FOR);
        IModel<Long> forWhom = Model.of(voices.isEmpty() ? null : voices.get(0));
        List<Long> choices = List.copyOf(voices);
        Form<Void> form = submitting(id, () -> governance().assemblies().voteOnline(user(), resolutionId,
                forWhom.getObject(), choice.getObject()));
        form.add(new DropDownChoice<>("forPersonId", forWhom, choices, new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(Long person) {
                        Optional<Long> me = governance().assemblies().ownId(user());
                        return me.isPresent() && me.get().equals(person) ? getString("myAssemblies.myself")
                                : governance().assemblies().attendance(user(), assemblyIdOf(resolutionId)).stream()
                                .filter(a -> a.personId() == person).map(Attendance::name).findFirst()
                                .orElse("#" + person);
                    }

                    @Override
                    public String getIdValue(Long person, int index) {
                        return String.valueOf(person);
                    }
                }),
                new DropDownChoice<>("choice", choice, Arrays.asList(Choice.values()), new EnumChoiceRenderer<>(this)));
        return form;
    }

    private long assemblyIdOf(long resolutionId) {
        return governance().assemblies().resolution(user(), resolutionId).assemblyId();
    }
}
