package coop.essaim.web.internal.pages;

import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.http.WebResponse;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * An error answered in the application's layout and the user's language: the subclass gives the HTTP status,
 * its markup and its {@code error.*} texts. Not for the 500 page, which must not depend on the layout
 * (see {@link InternalErrorPage}).
 */
abstract class ErrorPage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    private final int status;

    protected ErrorPage(PageParameters parameters, int status) {
        super(parameters);
        this.status = status;
        add(new BookmarkablePageLink<Void>("home", getApplication().getHomePage()));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("error.title");
    }

    @Override
    protected void configureResponse(WebResponse response) {
        super.configureResponse(response);
        response.setStatus(status);
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
