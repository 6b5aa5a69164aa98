package coop.essaim.web.testmodule;

import coop.essaim.api.dashboard.DashboardWidget;
import coop.essaim.api.dashboard.WidgetContent;
import coop.essaim.api.security.UserContext;

import java.util.List;

/** A dashboard tile every logged-in user sees, showing who asked (so a test sees it was computed for them). */
public class TestWidget implements DashboardWidget {

    @Override
    public String id() {
        return "greeting";
    }

    @Override
    public String titleKey() {
        return "widget.title";
    }

    @Override
    public String permission() {
        return "authenticated";
    }

    @Override
    public WidgetContent content(UserContext user) {
        return new WidgetContent(List.of(new WidgetContent.Figure("Chiffre d'affaires", "12 345,67 €")),
                List.of(new WidgetContent.Link("Voir la page", "m/testmod/hello"),
                        new WidgetContent.Link("Ailleurs", "https://evil.example/")),
                "Calculé pour " + user.login());
    }
}
