package coop.essaim.web.internal.pages;

import coop.essaim.api.module.ModuleState;
import coop.essaim.api.module.ModuleStatus;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.web.EssaimWebApplication;
import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ExternalLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.List;

/**
 * The dashboard: a welcome line, then every dashboard tile of the started modules the user may see. When
 * no tile applies, administrators get a summary of the installation (modules started and failed) instead
 * of an empty page.
 */
public class HomePage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    public HomePage(PageParameters parameters) {
        super(parameters);
        add(new Label("welcome", new StringResourceModel("home.welcome", this)
                .setParameters(LoadableDetachableModel.of(() -> user().displayName()),
                        LoadableDetachableModel.of(() -> roleNames(user())),
                        LoadableDetachableModel.of(this::cooperativeName))));
        IModel<List<DashboardTiles.Tile>> tiles = LoadableDetachableModel.of(() ->
                DashboardTiles.of(EssaimWebApplication.get().kernel().modules(), user(), getLocale()));
        add(new ListView<>("tiles", tiles) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<DashboardTiles.Tile> item) {
                populateTile(item);
            }
        });
        add(installationSummary(tiles));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("home.title");
    }

    private void populateTile(ListItem<DashboardTiles.Tile> item) {
        DashboardTiles.Tile tile = item.getModelObject();
        item.add(new Label("title", tile.title()));
        item.add(new ListView<>("figures", tile.figures()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<DashboardTiles.Figure> figure) {
                figure.add(new Label("label", figure.getModelObject().label()));
                figure.add(new Label("value", figure.getModelObject().value()));
            }
        });
        item.add(new ListView<>("links", tile.links()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<DashboardTiles.Link> link) {
                String href = getRequestCycle().getUrlRenderer().renderContextRelativeUrl(link.getModelObject().href());
                link.add(new ExternalLink("link", href, link.getModelObject().label()));
            }
        });
        item.add(new Label("message", tile.message()).setVisible(tile.message() != null && !tile.message().isBlank()));
        item.add(new Label("failed", getString("home.tileFailed")).setVisible(tile.failed()));
    }

    private WebMarkupContainer installationSummary(IModel<List<DashboardTiles.Tile>> tiles) {
        WebMarkupContainer empty = new WebMarkupContainer("empty") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(tiles.getObject().isEmpty());
            }
        };
        WebMarkupContainer admin = new WebMarkupContainer("admin") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(user().can(CorePermissions.MODULES_VIEW));
            }
        };
        IModel<List<ModuleStatus>> modules = LoadableDetachableModel.of(() ->
                EssaimWebApplication.get().kernel().modules().modules());
        admin.add(new Label("started", modules.map(l -> count(l, ModuleState.STARTED))));
        admin.add(new Label("failed", modules.map(l -> count(l, ModuleState.FAILED))));
        admin.add(new Label("waiting", modules.map(l -> count(l, ModuleState.WAITING_FOR_DEPENDENCY)
                + count(l, ModuleState.INCOMPATIBLE))));
        admin.add(new BookmarkablePageLink<Void>("modulesLink", ModulesPage.class));
        empty.add(admin);
        empty.add(new WebMarkupContainer("nothing") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!user().can(CorePermissions.MODULES_VIEW));
            }
        });
        return empty;
    }

    private static long count(List<ModuleStatus> modules, ModuleState state) {
        return modules.stream().filter(m -> m.state() == state).count();
    }
}
