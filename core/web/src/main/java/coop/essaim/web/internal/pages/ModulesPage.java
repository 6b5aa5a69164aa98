package coop.essaim.web.internal.pages;

import coop.essaim.api.module.ModuleDependency;
import coop.essaim.api.module.ModuleStatus;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.web.EssaimWebApplication;
import coop.essaim.web.ui.LayoutPage;
import coop.essaim.web.ui.SecurePage;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Administration: every module the installation knows, with its state and, when not started, why. */
@SecurePage(CorePermissions.MODULES_VIEW)
public class ModulesPage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    public ModulesPage(PageParameters parameters) {
        super(parameters);
        add(new Label("host", LoadableDetachableModel.of(() -> EssaimWebApplication.get().kernel().environment().hostName())));
        add(new Label("coreVersion", LoadableDetachableModel.of(() -> EssaimWebApplication.get().kernel().version())));
        IModel<List<ModuleStatus>> modules = LoadableDetachableModel.of(() ->
                EssaimWebApplication.get().kernel().modules().modules());
        add(new ListView<>("modules", modules) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ModuleStatus> item) {
                ModuleStatus m = item.getModelObject();
                boolean known = m.descriptor() != null;
                item.add(new Label("id", m.id()));
                item.add(new Label("core", getString("modules.core")).setVisible(m.core()));
                item.add(new Label("name", known ? m.descriptor().name() : m.source()));
                item.add(new Label("version", known ? m.descriptor().version() : ""));
                item.add(new Label("state", getString("modules.state." + m.state().name()))
                        .add(AttributeModifier.append("class", "state-" + m.state().name().toLowerCase(Locale.ROOT))));
                item.add(new Label("requires", known ? m.descriptor().requiresCore() : ""));
                item.add(new Label("dependencies", known ? dependencies(m.descriptor().dependencies()) : ""));
                item.add(new Label("reason", m.reason() == null ? "" : m.reason()));
            }
        });
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("modules.title");
    }

    private String dependencies(List<ModuleDependency> dependencies) {
        if (dependencies.isEmpty()) {
            return "—";
        }
        return dependencies.stream()
                .map(d -> d.id() + ("*".equals(d.versionRange()) ? "" : " " + d.versionRange())
                        + (d.optional() ? " (" + getString("modules.optional") + ")" : ""))
                .collect(Collectors.joining(", "));
    }
}
