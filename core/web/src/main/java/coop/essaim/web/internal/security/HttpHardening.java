package coop.essaim.web.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.http.WebResponse;

import java.time.Duration;

/**
 * Headers every response of the web application carries (Wicket adds the cross-origin isolation headers
 * itself), and the session timeout, which the hosts' containers would
 * otherwise set each their own way.
 */
public final class HttpHardening implements IRequestCycleListener {

    public static final Duration SESSION_TIMEOUT = Duration.ofMinutes(30);

    /**
     * Scripts, styles, images and fonts only from Essaim itself, nothing inline (pages add behaviour through
     * JavaScript files, never {@code <script>} blocks or {@code onclick}), no plugins, no framing, forms post
     * only to Essaim.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Override
    public void onBeginRequest(RequestCycle cycle) {
        if (cycle.getResponse() instanceof WebResponse response) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        }
    }

    @Override
    public void onEndRequest(RequestCycle cycle) {
        if (cycle.getRequest().getContainerRequest() instanceof HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            int seconds = (int) SESSION_TIMEOUT.toSeconds();
            if (session != null && session.getMaxInactiveInterval() != seconds) {
                session.setMaxInactiveInterval(seconds);
            }
        }
    }
}
