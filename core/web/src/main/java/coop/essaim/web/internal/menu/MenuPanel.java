package coop.essaim.web.internal.menu;

import coop.essaim.api.security.UserContext;
import coop.essaim.web.EssaimWebApplication;
import coop.essaim.web.internal.security.EssaimSession;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.ExternalLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.cycle.RequestCycle;

import java.util.List;
import java.util.Optional;

/** The main menu, rebuilt on every request from what the current user may open. */
public class MenuPanel extends Panel {

    private static final long serialVersionUID = 1L;

    public MenuPanel(String id) {
        super(id);
        IModel<List<MenuGroup>> groups = LoadableDetachableModel.of(this::groups);
        add(new ExternalLink("home", LoadableDetachableModel.of(() -> href(""))));
        add(new ListView<>("groups", groups) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<MenuGroup> group) {
                group.add(new Label("title", group.getModelObject().title()));
                group.add(new ListView<>("entries", group.getModelObject().entries()) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<MenuEntry> item) {
                        MenuEntry entry = item.getModelObject();
                        ExternalLink link = new ExternalLink("link", href(entry.href()));
                        link.add(new Label("label", entry.label()));
                        if (isCurrent(entry.href())) {
                            link.add(AttributeModifier.replace("aria-current", "page"));
                        }
                        item.add(link);
                    }
                });
            }
        });
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(EssaimSession.get().isSignedIn());
    }

    private List<MenuGroup> groups() {
        Optional<UserContext> user = EssaimSession.get().user();
        if (user.isEmpty()) {
            return List.of();
        }
        MenuBuilder builder = new MenuBuilder(EssaimWebApplication.get().modulePages(), key -> getString(key));
        return builder.build(user.get(), getLocale());
    }

    private static String href(String contextRelative) {
        return RequestCycle.get().getUrlRenderer().renderContextRelativeUrl(contextRelative);
    }

    private static boolean isCurrent(String contextRelative) {
        return RequestCycle.get().getRequest().getUrl().getPath().equals(contextRelative);
    }
}
