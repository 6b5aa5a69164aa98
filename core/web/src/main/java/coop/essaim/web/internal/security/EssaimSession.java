package coop.essaim.web.internal.security;

import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserAccount;
import coop.essaim.api.user.UserDirectory;
import coop.essaim.web.EssaimWebApplication;
import org.apache.wicket.MetaDataKey;
import org.apache.wicket.Session;
import org.apache.wicket.protocol.http.WebSession;
import org.apache.wicket.request.Request;
import org.apache.wicket.request.cycle.RequestCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Holds only who is logged in (the user id) and the interface language. The {@link UserContext} is rebuilt
 * from the kernel once per request, so a role or permission revoked by an administrator applies at the next
 * click, and nothing of the kernel ends up serialised with the session.
 */
public final class EssaimSession extends WebSession {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(EssaimSession.class);

    /** The context of the current request; empty Optional cached too so a logged-out request asks once. */
    private static final MetaDataKey<Optional<UserContext>> USER = new MetaDataKey<>() {
        private static final long serialVersionUID = 1L;
    };

    private Long userId;

    public EssaimSession(Request request) {
        super(request);
        Object container = request.getContainerRequest();
        setLocale(languages().fromAcceptLanguage(container instanceof jakarta.servlet.http.HttpServletRequest http
                ? http.getHeader("Accept-Language") : null));
    }

    /** The languages offered now: French, English and those of the started modules. */
    public static SupportedLocales languages() {
        return SupportedLocales.of(EssaimWebApplication.get().kernel().modules());
    }

    public static EssaimSession get() {
        return (EssaimSession) Session.get();
    }

    /**
     * Logs a user in. The session id changes here (and the session is bound first, because Wicket 10.8.0
     * does not change the id of a temporary session: CVE-2026-40010), so an id planted before login is
     * worthless afterwards.
     */
    public void signIn(UserContext user) {
        bind();
        changeSessionId();
        userId = user.userId();
        if (user.locale() != null) {
            setLocale(languages().choose(user.locale()));
        }
        RequestCycle cycle = RequestCycle.get();
        if (cycle != null) {
            cycle.setMetaData(USER, Optional.of(user));
        }
        dirty();
    }

    public void signOut() {
        userId = null;
        RequestCycle cycle = RequestCycle.get();
        if (cycle != null) {
            cycle.setMetaData(USER, Optional.empty());
        }
        invalidate();
    }

    public boolean isSignedIn() {
        return user().isPresent();
    }

    /** The logged-in user as the kernel sees them now; empty when nobody is logged in or the user is gone. */
    public Optional<UserContext> user() {
        if (userId == null) {
            return Optional.empty();
        }
        RequestCycle cycle = RequestCycle.get();
        Optional<UserContext> cached = cycle == null ? null : cycle.getMetaData(USER);
        if (cached != null) {
            return cached;
        }
        Optional<UserContext> current = lookUp(userId);
        if (cycle != null) {
            cycle.setMetaData(USER, current);
        }
        return current;
    }

    private Optional<UserContext> lookUp(long id) {
        try {
            UserDirectory users = EssaimWebApplication.get().kernel().service(UserDirectory.class);
            UserContext context = users.contextOf(id);
            // contextOf does not say whether the account is still active; a deactivated user is logged out
            boolean active = users.find(context, id).map(UserAccount::active).orElse(false);
            if (!active) {
                throw new IllegalStateException("account deactivated");
            }
            return Optional.of(context);
        } catch (RuntimeException e) {
            // a deleted or disabled user: treat the session as logged out rather than failing every page
            LOG.info("user {} of this session can no longer act ({}); the session is logged out", id, e.toString());
            userId = null;
            dirty();
            return Optional.empty();
        }
    }
}
