package coop.essaim.web.internal.pages;

import coop.essaim.kernel.security.Authentication;
import coop.essaim.web.EssaimWebApplication;
import coop.essaim.web.internal.security.EssaimSession;
import coop.essaim.web.ui.LayoutPage;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.PasswordTextField;
import org.apache.wicket.markup.html.form.RequiredTextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.flow.RedirectToUrlException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login with a login name and a password. A failure never says which of the two was wrong; a locked or
 * disabled account says so, since the person can then act on it (wait, or ask an administrator).
 * After login the user goes back to the page they asked for ({@code ?to=m/...}), if it is one of ours.
 */
public class LoginPage extends LayoutPage {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LoginPage.class);

    public static final String RETURN_PARAMETER = "to";

    public LoginPage(PageParameters parameters) {
        super(parameters);
        if (EssaimSession.get().isSignedIn()) {
            throw new RestartResponseException(getApplication().getHomePage());
        }
        String back = parameters.get(RETURN_PARAMETER).toOptionalString();
        IModel<String> login = Model.of("");
        IModel<String> password = Model.of("");
        Form<Void> form = new Form<>("form") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                logIn(login.getObject(), password.getObject(), back);
                password.setObject("");
            }
        };
        form.add(new RequiredTextField<>("login", login).setLabel(new ResourceModel("login.login")));
        form.add(new PasswordTextField("password", password).setResetPassword(true)
                .setLabel(new ResourceModel("login.password")));
        add(form);
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("login.title");
    }

    private void logIn(String login, String password, String back) {
        Authentication.LoginResult result = EssaimWebApplication.get().kernel().authentication()
                .login(login.trim(), password.toCharArray(), clientAddress());
        switch (result.outcome()) {
            case OK -> {
                EssaimSession.get().signIn(result.user());
                if (isSafeReturnPath(back)) {
                    throw new RedirectToUrlException(getRequestCycle().getUrlRenderer().renderContextRelativeUrl(back));
                }
                setResponsePage(getApplication().getHomePage());
            }
            case LOCKED -> error(getString("login.locked"));
            case DISABLED -> error(getString("login.disabled"));
            default -> error(getString("login.invalid"));
        }
    }

    private String clientAddress() {
        Object request = getRequest().getContainerRequest();
        return request instanceof HttpServletRequest http ? http.getRemoteAddr() : "unknown";
    }

    /**
     * Only our own pages, as a path relative to the application root: no scheme, no host, no "//", no "..",
     * no Wicket listener URL, so the parameter can be neither an open redirect nor a replayed action.
     */
    public static boolean isSafeReturnPath(String path) {
        if (path == null || path.isBlank() || path.length() > 300) {
            return false;
        }
        return path.matches("[a-z0-9][a-z0-9/-]*(\\?[A-Za-z0-9_.=&%-]*)?")
                && !path.contains("//") && !path.startsWith("wicket/") && !path.contains("..")
                && !path.startsWith("login") && !path.matches(".*\\?\\d*-.*");
    }
}
