package coop.essaim.testkit;

import coop.essaim.api.security.UserContext;
import coop.essaim.web.EssaimWebApplication;
import coop.essaim.web.internal.pages.LoginPage;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import org.apache.wicket.Page;
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
        boolean processed = super.processRequest(request, forcedHandler, redirect);
        assertPageKeepable(getLastRenderedPage());
        return processed;
    }

    /**
     * Fails when the page could not be kept between requests: the server serializes every stateful page into its
     * page store, and a page that does not serialize loses its state (the next click on it finds nothing), with
     * only an "Error serializing" line in the server log. With
     * {@code -Dsun.io.serialization.extendedDebugInfo=true} (set for the tests) the message names the field path.
     */
    private static void assertPageKeepable(Page page) {
        if (page == null || page.isPageStateless()) {
            return;
        }
        try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
            out.writeObject(page);
        } catch (IOException notSerializable) {
            throw new AssertionError(page.getClass().getName() + " cannot be kept between requests: "
                    + notSerializable.getMessage(), notSerializable);
        }
    }
}
