package coop.essaim.web.testmodule;

import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.request.mapper.parameter.PageParameters;

public class AdminReportPage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    public AdminReportPage(PageParameters parameters) {
        super(parameters);
        add(new Label("who", user().login()));
    }
}
