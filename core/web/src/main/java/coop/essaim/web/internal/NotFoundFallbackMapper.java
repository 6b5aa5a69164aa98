package coop.essaim.web.internal;

import coop.essaim.web.internal.pages.NotFoundPage;
import org.apache.wicket.core.request.handler.PageProvider;
import org.apache.wicket.core.request.handler.RenderPageRequestHandler;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.IRequestMapper;
import org.apache.wicket.request.Request;
import org.apache.wicket.request.Url;
import org.apache.wicket.request.mapper.ICompoundRequestMapper;
import org.apache.wicket.request.mapper.IRequestMapperDelegate;

import java.util.Iterator;

/**
 * The root mapper: everything Wicket maps as usual, anything else renders the "not found" page (with status
 * 404) instead of falling through to the container, so the URL of a removed module page answers in the
 * application's layout and language. It stays a compound (and a delegate) so that {@code mountPage} and
 * {@code unmount} keep working after it is installed.
 */
public final class NotFoundFallbackMapper implements ICompoundRequestMapper, IRequestMapperDelegate {

    private final ICompoundRequestMapper delegate;

    public NotFoundFallbackMapper(ICompoundRequestMapper delegate) {
        this.delegate = delegate;
    }

    @Override
    public IRequestHandler mapRequest(Request request) {
        IRequestHandler handler = delegate.mapRequest(request);
        return handler != null ? handler
                : new RenderPageRequestHandler(new PageProvider(NotFoundPage.class),
                        RenderPageRequestHandler.RedirectPolicy.NEVER_REDIRECT);
    }

    @Override
    public int getCompatibilityScore(Request request) {
        return delegate.getCompatibilityScore(request);
    }

    @Override
    public Url mapHandler(IRequestHandler requestHandler) {
        return delegate.mapHandler(requestHandler);
    }

    @Override
    public ICompoundRequestMapper add(IRequestMapper mapper) {
        delegate.add(mapper);
        return this;
    }

    @Override
    public ICompoundRequestMapper remove(IRequestMapper mapper) {
        delegate.remove(mapper);
        return this;
    }

    @Override
    public Iterator<IRequestMapper> iterator() {
        return delegate.iterator();
    }

    @Override
    public IRequestMapper getDelegateMapper() {
        return delegate;
    }
}
