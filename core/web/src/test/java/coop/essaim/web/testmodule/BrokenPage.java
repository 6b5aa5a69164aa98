package coop.essaim.web.testmodule;

import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** A module page that always fails: the error page must show a reference and none of this message. */
public class BrokenPage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    public BrokenPage(PageParameters parameters) {
        super(parameters);
        add(new Label("who", user().login()));
        throw new IllegalStateException("secret internal detail 42");
    }
}
