package coop.essaim.web.internal.pages;

import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.http.WebResponse;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** Answers with HTTP 404 in the application's layout and the user's language. */
public class NotFoundPage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    public NotFoundPage(PageParameters parameters) {
        super(parameters);
        add(new BookmarkablePageLink<Void>("home", getApplication().getHomePage()));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("error.title");
    }

    @Override
    protected void configureResponse(WebResponse response) {
        super.configureResponse(response);
        response.setStatus(404);
    }

    @Override
    public boolean isVersioned() {
        return false;
    }

    @Override
    public boolean isErrorPage() {
        return true;
    }
}
