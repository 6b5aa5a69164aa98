package coop.essaim.web.internal.pages;

import org.apache.wicket.request.mapper.parameter.PageParameters;

/** Answers with HTTP 404 in the application's layout and the user's language. */
public class NotFoundPage extends ErrorPage {

    private static final long serialVersionUID = 1L;

    public NotFoundPage(PageParameters parameters) {
        super(parameters, 404);
    }
}
