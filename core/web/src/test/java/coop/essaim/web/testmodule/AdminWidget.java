package coop.essaim.web.testmodule;

import coop.essaim.api.dashboard.DashboardWidget;
import coop.essaim.api.dashboard.WidgetContent;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;

import java.util.List;

/** A tile only holders of core.modules.view see. */
public class AdminWidget implements DashboardWidget {

    @Override
    public String id() {
        return "admin";
    }

    @Override
    public String titleKey() {
        return "widget.admin";
    }

    @Override
    public String permission() {
        return CorePermissions.MODULES_VIEW;
    }

    @Override
    public WidgetContent content(UserContext user) {
        return new WidgetContent(List.of(), List.of(), "Réservé aux administrateurs");
    }
}
