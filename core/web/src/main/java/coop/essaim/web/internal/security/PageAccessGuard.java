package coop.essaim.web.internal.security;

import coop.essaim.web.internal.pages.ForbiddenPage;
import coop.essaim.web.internal.pages.LoginPage;
import coop.essaim.web.internal.pages.SetupPage;
import org.apache.wicket.Component;
import org.apache.wicket.Page;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authorization.Action;
import org.apache.wicket.authorization.IAuthorizationStrategy;
import org.apache.wicket.authorization.IUnauthorizedComponentInstantiationListener;
import org.apache.wicket.core.request.handler.BookmarkablePageRequestHandler;
import org.apache.wicket.core.request.handler.IPageClassRequestHandler;
import org.apache.wicket.core.request.handler.PageProvider;
import org.apache.wicket.core.request.handler.RenderPageRequestHandler;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.IRequestHandlerDelegate;
import org.apache.wicket.request.RequestHandlerExecutor.ReplaceHandlerException;
import org.apache.wicket.request.component.IRequestableComponent;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.http.WebRequest;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.IResource;

/**
 * Applies {@link PageAccess} twice: for every request, once Wicket knows which page it targets (a render,
 * a link click or a form submit on a page already open), and whenever code instantiates a page. The request
 * check is what makes a revoked permission apply to a page the user already has open.
 */
public final class PageAccessGuard implements IRequestCycleListener, IAuthorizationStrategy,
        IUnauthorizedComponentInstantiationListener {

    @Override
    public void onRequestHandlerResolved(RequestCycle cycle, IRequestHandler handler) {
        IRequestHandler h = handler;
        while (h instanceof IRequestHandlerDelegate delegate) {
            h = delegate.getDelegateHandler();
        }
        if (h instanceof IPageClassRequestHandler pageRequest) {
            Class<?> pageClass = pageRequest.getPageClass();
            enforce(PageAccess.decide(pageClass), cycle, isPlainRender(h));
        }
    }

    @Override
    public <T extends IRequestableComponent> boolean isInstantiationAuthorized(Class<T> componentClass) {
        return !Page.class.isAssignableFrom(componentClass)
                || PageAccess.decide(componentClass) == PageAccess.Verdict.ALLOW;
    }

    @Override
    public void onUnauthorizedInstantiation(Component component) {
        enforce(PageAccess.decide(component.getClass()), RequestCycle.get(), false);
    }

    @Override
    public boolean isActionAuthorized(Component component, Action action) {
        return true;
    }

    @Override
    public boolean isResourceAuthorized(IResource resource, PageParameters parameters) {
        return true;
    }

    private static void enforce(PageAccess.Verdict verdict, RequestCycle cycle, boolean plainRender) {
        switch (verdict) {
            case ALLOW -> {
            }
            case SETUP -> throw new RestartResponseException(SetupPage.class);
            case LOGIN -> throw new RestartResponseException(LoginPage.class, backTo(cycle, plainRender));
            // rendered in place (no redirect), so the address bar keeps the URL that was refused
            case FORBIDDEN -> throw new ReplaceHandlerException(new RenderPageRequestHandler(
                    new PageProvider(ForbiddenPage.class), RenderPageRequestHandler.RedirectPolicy.NEVER_REDIRECT), true);
            default -> throw new IllegalStateException("unknown verdict " + verdict);
        }
    }

    /**
     * Only a plain page render is worth coming back to after login. A listener URL (link, form) is never
     * replayed: another site could have chosen it, and Wicket 10.8 would run it in the fresh session.
     */
    private static PageParameters backTo(RequestCycle cycle, boolean plainRender) {
        PageParameters parameters = new PageParameters();
        if (plainRender && cycle != null && cycle.getRequest() instanceof WebRequest request && !request.isAjax()) {
            String url = request.getUrl().toString();
            if (LoginPage.isSafeReturnPath(url)) {
                parameters.add(LoginPage.RETURN_PARAMETER, url);
            }
        }
        return parameters;
    }

    private static boolean isPlainRender(IRequestHandler handler) {
        return handler instanceof RenderPageRequestHandler || handler instanceof BookmarkablePageRequestHandler;
    }
}
