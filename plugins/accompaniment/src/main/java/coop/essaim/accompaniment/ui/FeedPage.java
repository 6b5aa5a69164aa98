package coop.essaim.accompaniment.ui;

import org.apache.wicket.request.RequestHandlerExecutor.ReplaceHandlerException;
import org.apache.wicket.request.handler.resource.ResourceStreamRequestHandler;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.ContentDisposition;
import org.apache.wicket.util.resource.StringResourceStream;

/**
 * The private calendar feed a calendar app subscribes to, {@code /m/accompaniment/feed?token=...}: declared
 * {@code PageDeclaration.PUBLIC} since the app cannot log in, so the token is the only key. It answers the
 * iCalendar object of the token's owner, or 404 for a token unknown or revoked (whether it ever existed is not
 * told), and never renders a page.
 */
public class FeedPage extends AccompanimentPage {

    private static final long serialVersionUID = 1L;

    public FeedPage(PageParameters parameters) {
        super(parameters);
        String token = parameters.get("token").toOptionalString();
        String calendar = accompaniment().calendars().feed(token)
                .orElseThrow(() -> new AbortWithHttpErrorCodeException(404));
        throw new ReplaceHandlerException(calendarHandler(calendar, ContentDisposition.INLINE), true);
    }

    static ResourceStreamRequestHandler calendarHandler(String calendar, ContentDisposition disposition) {
        StringResourceStream stream = new StringResourceStream(calendar, "text/calendar; charset=utf-8");
        return new ResourceStreamRequestHandler(stream, "rendez-vous.ics").setContentDisposition(disposition);
    }
}
