package coop.essaim.testkit;

import coop.essaim.api.security.UserContext;
import coop.essaim.web.EssaimWebApplication;
import coop.essaim.web.internal.pages.LoginPage;
import org.apache.wicket.protocol.http.mock.MockHttpServletRequest;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;

/**
 * WicketTester on the real Essaim web application of the test kit's kernel: module pages are mounted as in
 * production, access is checked, and every request carries {@code Sec-Fetch-Site: same-origin} like a
 * current browser's, so forms pass the CSRF policy. Made by {@link EssaimTestKit#wicketTester()}.
 */
public final class EssaimWicketTester extends WicketTester {

    private final String password;

    EssaimWicketTester(EssaimWebApplication application, String password) {
        super(application);
        this.password = password;
    }

    /** Logs in through the real login page as a user the test kit made (its cooperative's users). */
    public EssaimWicketTester logIn(UserContext user) {
        return logIn(user.login(), password);
    }

    /** Logs in as a demo user ({@code admin}, {@code conseil}, {@code compta}, {@code jeanne}) of a kit with the demo. */
    public EssaimWicketTester logInDemo(String login) {
        return logIn(login, "essaim-" + login + "-demo");
    }

    private EssaimWicketTester logIn(String login, String secret) {
        startPage(LoginPage.class);
        FormTester form = newFormTester("form");
        form.setValue("login", login);
        form.setValue("password", secret);
        form.submit();
        if (getLastRenderedPage() instanceof LoginPage) {
            throw new AssertionError("login of " + login + " refused: " + getFeedbackMessages(null));
        }
        return this;
    }

    @Override
    protected boolean processRequest(MockHttpServletRequest request, IRequestHandler forcedHandler, boolean redirect) {
        MockHttpServletRequest r = request != null ? request : getRequest();
        if (r != null && r.getHeader("Sec-Fetch-Site") == null) {
            r.addHeader("Sec-Fetch-Site", "same-origin");
        }
        return super.processRequest(request, forcedHandler, redirect);
    }
}
