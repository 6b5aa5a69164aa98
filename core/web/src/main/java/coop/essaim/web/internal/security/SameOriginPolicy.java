package coop.essaim.web.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.wicket.protocol.http.IResourceIsolationPolicy;
import org.apache.wicket.request.component.IRequestablePage;

/**
 * Fetch-metadata check for requests that act on a page (Wicket consults policies only for listener
 * invocations: link clicks, form submits, Ajax; page renders are never refused, so other sites may still
 * link to Essaim pages). Only {@code same-origin} and {@code none} (typed URL, bookmark) are allowed:
 * unlike Wicket 10.8.0's own policy, neither a cross-site top-level navigation nor a sibling sub-domain
 * ({@code same-site}) may click a link in a user's session. Without the header (old browsers, scripts) the
 * answer is "unknown" and the next policy (Origin/Referer) decides.
 */
public final class SameOriginPolicy implements IResourceIsolationPolicy {

    static final String SEC_FETCH_SITE = "Sec-Fetch-Site";

    @Override
    public ResourceIsolationOutcome isRequestAllowed(HttpServletRequest request, IRequestablePage targetedPage) {
        String site = request.getHeader(SEC_FETCH_SITE);
        if (site == null || site.isBlank()) {
            return ResourceIsolationOutcome.UNKNOWN;
        }
        return switch (site.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "same-origin", "none" -> ResourceIsolationOutcome.ALLOWED;
            default -> ResourceIsolationOutcome.DISALLOWED;
        };
    }
}
