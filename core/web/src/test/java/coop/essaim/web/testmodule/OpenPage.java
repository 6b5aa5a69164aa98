package coop.essaim.web.testmodule;

import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** A page declared public: it shows its own key and who the visitor is, logged in or not. */
public class OpenPage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    public OpenPage(PageParameters parameters) {
        super(parameters);
        add(new Label("key", parameters.get("key").toString("")));
        add(new Label("visitor", currentUser().map(u -> u.login()).orElse("anonymous")));
    }
}
