package coop.essaim.governance.ui;

import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.AssemblyKind;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.Arrays;

/**
 * The general assemblies of the cooperative (for those who keep them): each with its day, kind, place, live quorum
 * and convocation, a link to its page, and the form of a new one.
 */
public class AssembliesPage extends AssemblyPageBase {

    private static final long serialVersionUID = 1L;

    private final IModel<AssemblyKind> kind = Model.of(AssemblyKind.ORDINARY);
    private final IModel<String> heldOn = Model.of("");
    private final IModel<String> place = Model.of("");
    private final IModel<String> agenda = Model.of("");

    public AssembliesPage(PageParameters parameters) {
        super(parameters);
        add(new ListView<>("assemblies", LoadableDetachableModel.of(() -> governance().assemblies().all(user()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Assembly> item) {
                Assembly a = item.getModelObject();
                item.add(new BookmarkablePageLink<Void>("open", AssemblyPage.class, of(a.id()))
                                .add(new Label("heldOn", day(a.heldOn()))),
                        new Label("kind", getString("AssemblyKind." + a.kind().name())),
                        new Label("place", a.place()),
                        new Label("quorum", quorum(governance().assemblies().quorum(user(), a.id()))),
                        new Label("convened", convened(a.id())));
            }
        });
        add(submitting("createForm", this::create).add(
                new DropDownChoice<>("kind", kind, Arrays.asList(AssemblyKind.values()),
                        new EnumChoiceRenderer<>(this)),
                new TextField<>("heldOn", heldOn), new TextField<>("place", place),
                new TextArea<>("agenda", agenda)));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("assemblies.title");
    }

    private void create() {
        Assembly a = governance().assemblies().create(user(), kind.getObject(), date(heldOn.getObject()),
                place.getObject(), agenda.getObject());
        setResponsePage(AssemblyPage.class, of(a.id()));
    }
}
