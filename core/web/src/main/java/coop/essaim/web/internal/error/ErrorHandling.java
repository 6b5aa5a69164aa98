package coop.essaim.web.internal.error;

import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.web.internal.pages.ForbiddenPage;
import coop.essaim.web.internal.pages.InternalErrorPage;
import org.apache.wicket.core.request.handler.PageProvider;
import org.apache.wicket.core.request.handler.RenderPageRequestHandler;
import org.apache.wicket.protocol.http.PageExpiredException;
import org.apache.wicket.protocol.http.servlet.ResponseIOException;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.lang.Exceptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a user sees when something breaks: an {@link AccessDeniedException} thrown by a service becomes the
 * "forbidden" page; anything unexpected is logged with a short reference id and the internal error page
 * shows that id, never the stack trace, so support can find the log line the user quotes.
 */
public final class ErrorHandling implements IRequestCycleListener {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public IRequestHandler onException(RequestCycle cycle, Exception ex) {
        if (ex instanceof PageExpiredException || Exceptions.findCause(ex, ResponseIOException.class) != null) {
            return null; // Wicket's own handling: the expired-page redirect, or a client that hung up
        }
        if (Exceptions.findCause(ex, AccessDeniedException.class) != null) {
            AccessDeniedException denied = Exceptions.findCause(ex, AccessDeniedException.class);
            LOG.info("access denied to {}: {}", cycle.getRequest().getUrl(), denied.getMessage());
            return render(ForbiddenPage.class, new PageParameters());
        }
        String reference = ErrorReference.next();
        LOG.error("internal error {} on {}", reference, cycle.getRequest().getUrl(), ex);
        return render(InternalErrorPage.class, new PageParameters().add(InternalErrorPage.REFERENCE, reference));
    }

    private static IRequestHandler render(Class<? extends org.apache.wicket.Page> page, PageParameters parameters) {
        return new RenderPageRequestHandler(new PageProvider(page, parameters),
                RenderPageRequestHandler.RedirectPolicy.NEVER_REDIRECT);
    }
}
