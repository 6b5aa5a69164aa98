package coop.essaim.web;

import org.apache.wicket.protocol.http.WebApplication;
import org.apache.wicket.protocol.http.mock.MockHttpServletRequest;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.util.tester.WicketTester;

/**
 * WicketTester sending the fetch-metadata header a current browser sends ({@code Sec-Fetch-Site:
 * same-origin} for clicks and submits inside the application), so tests exercise the real CSRF policy;
 * a test can pretend to come from another site with {@link #fetchSite(String)}.
 */
public final class BrowserTester extends WicketTester {

    private String fetchSite = "same-origin";

    public BrowserTester(WebApplication application) {
        super(application);
    }

    public BrowserTester fetchSite(String value) {
        this.fetchSite = value;
        return this;
    }

    @Override
    protected boolean processRequest(MockHttpServletRequest request, IRequestHandler forcedHandler, boolean redirect) {
        MockHttpServletRequest r = request != null ? request : getRequest();
        if (r != null && fetchSite != null && r.getHeader("Sec-Fetch-Site") == null) {
            r.addHeader("Sec-Fetch-Site", fetchSite);
        }
        return super.processRequest(request, forcedHandler, redirect);
    }
}
