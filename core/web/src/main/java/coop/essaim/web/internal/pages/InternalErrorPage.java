package coop.essaim.web.internal.pages;

import coop.essaim.web.internal.error.ErrorReference;
import org.apache.wicket.markup.head.CssHeaderItem;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.request.http.WebResponse;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * HTTP 500 with the reference id of the logged error, and nothing else of it. Deliberately a plain page,
 * not a {@code LayoutPage}: the layout asks the kernel for the user and the cooperative, which may be
 * exactly what failed.
 */
public class InternalErrorPage extends WebPage {

    private static final long serialVersionUID = 1L;

    public static final String REFERENCE = "ref";

    public InternalErrorPage(PageParameters parameters) {
        super(parameters);
        String reference = parameters.get(REFERENCE).toOptionalString();
        boolean known = ErrorReference.isReference(reference);
        add(new Label("reference", known ? reference : "").setVisible(known));
        add(new BookmarkablePageLink<Void>("home", getApplication().getHomePage()));
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        response.render(CssHeaderItem.forUrl("theme/essaim.css"));
    }

    @Override
    protected void configureResponse(WebResponse response) {
        super.configureResponse(response);
        response.setStatus(500);
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
