package coop.essaim.web.internal.people;

import coop.essaim.api.security.UserContext;
import coop.essaim.api.web.PersonFileLink;
import coop.essaim.api.web.PersonFileLinks;
import coop.essaim.kernel.module.Extension;
import coop.essaim.web.internal.security.EssaimSession;
import coop.essaim.web.EssaimWebApplication;
import coop.essaim.web.internal.ModuleMessages;
import coop.essaim.web.internal.ModulePages;
import coop.essaim.web.internal.security.PageAccess;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.ExternalLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.cycle.RequestCycle;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The modules' pages about this person ({@link PersonFileLinks}): each link opens the module's page with
 * {@code ?person=<id>}, shown only to a user who may open that page. Hidden when no module adds one.
 */
public class ModuleLinksPanel extends Panel {

    private static final long serialVersionUID = 1L;

    /** A link as rendered: its text and its context-relative address. */
    record Shown(String label, String href) implements Serializable {
    }

    private final IModel<List<Shown>> links;
    private final boolean offered;

    /** {@code offered}: whether the user acts on this file at all; the panel stays hidden when not. */
    public ModuleLinksPanel(String id, long personId, boolean offered) {
        super(id);
        this.offered = offered;
        this.links = LoadableDetachableModel.of(() -> EssaimSession.get().user().map(u -> links(u, personId,
                getLocale())).orElse(List.of()));
        add(new ListView<>("links", links) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Shown> item) {
                ExternalLink link = new ExternalLink("link", RequestCycle.get().getUrlRenderer()
                        .renderContextRelativeUrl(item.getModelObject().href()));
                link.add(new Label("label", item.getModelObject().label()));
                item.add(link);
            }
        });
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(offered && !links.getObject().isEmpty());
    }

    @Override
    protected void onDetach() {
        super.onDetach();
        links.detach();
    }

    static List<Shown> links(UserContext user, long personId, Locale locale) {
        EssaimWebApplication app = EssaimWebApplication.get();
        ModulePages pages = app.modulePages();
        List<Shown> shown = new ArrayList<>();
        for (Extension<PersonFileLinks> ext : app.kernel().modules().extensions(PersonFileLinks.class)) {
            for (PersonFileLink link : ext.instance().links()) {
                page(pages, ext.module().id(), link.path())
                        .filter(p -> PageAccess.mayOpen(user, p.declaration().pageClass(), pages))
                        .ifPresent(p -> shown.add(new Shown(ModuleMessages.text(p.module(), p.classLoader(),
                                link.labelKey(), locale), p.mountPath() + "?person=" + personId)));
            }
        }
        shown.sort(Comparator.comparing(Shown::label));
        return List.copyOf(shown);
    }

    private static Optional<ModulePages.Declared> page(ModulePages pages, String moduleId, String path) {
        return pages.all().stream().filter(p -> p.module().id().equals(moduleId)
                && p.declaration().path().equals(path)).findFirst();
    }
}
