package coop.essaim.web.internal.pages;

import org.apache.wicket.request.mapper.parameter.PageParameters;

/** Answers with HTTP 403 in the application's layout and the user's language. */
public class ForbiddenPage extends ErrorPage {

    private static final long serialVersionUID = 1L;

    public ForbiddenPage(PageParameters parameters) {
        super(parameters, 403);
    }
}
