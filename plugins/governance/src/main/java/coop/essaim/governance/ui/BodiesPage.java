package coop.essaim.governance.ui;

import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.BodyKind;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
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
 * The cooperative's bodies (for those who keep them): each with its kind and how many sit in it today, a link to
 * its page (mandates, meetings), and the form of a new one.
 */
public class BodiesPage extends BodyPageBase {

    private static final long serialVersionUID = 1L;

    private final IModel<BodyKind> kind = Model.of(BodyKind.BOARD);
    private final IModel<String> name = Model.of("");

    public BodiesPage(PageParameters parameters) {
        super(parameters);
        add(new ListView<>("bodies", LoadableDetachableModel.of(() -> governance().bodies().all(user()))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Body> item) {
                Body b = item.getModelObject();
                item.add(new BookmarkablePageLink<Void>("open", BodyPage.class, of(b.id()))
                                .add(new Label("name", b.name())),
                        new Label("kind", getString("BodyKind." + b.kind().name())),
                        new Label("members", governance().bodies().membersOn(user(), b.id(),
                                governance().bodies().today()).size()));
            }
        });
        add(submitting("createForm", this::create).add(
                new DropDownChoice<>("kind", kind, Arrays.asList(BodyKind.values()), new EnumChoiceRenderer<>(this)),
                new TextField<>("name", name)));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("bodies.title");
    }

    private void create() {
        Body b = governance().bodies().create(user(), kind.getObject(), name.getObject());
        setResponsePage(BodyPage.class, of(b.id()));
    }
}
