package coop.essaim.api.web;

import java.util.List;

/**
 * Extension point: the JSON endpoints a module adds to the suite's API, under {@code /api/v1/<module-id>/}.
 *
 * <p><b>What the core guarantees.</b> Each {@link ApiEndpoint} answers at {@code /api/v1/<module-id>/<path>}
 * ({@code "invoices/{id}"} of module {@code invoicing}: {@code /api/v1/invoicing/invoices/42}) while the module is
 * started, and disappears when it stops. The core's own routes come first: a module path the core already answers
 * is never reached. Before an operation runs, the core has authenticated the bearer token exactly as for its own
 * routes (401 otherwise) and turned a placeholder that is not a number into a 404. It answers an unknown path with
 * a 404 and a known path called with another method with a 405 and {@code Allow}. It maps what the operation
 * throws: a {@code ValidationException} to a 422 listing each field, an {@code AccessDeniedException} to a 403,
 * any other exception to a 500 carrying only an error reference (the stack trace goes to the log, never to the
 * client). It reads the body and the query strictly ({@link ApiBody}, {@link ApiQuery}: 400 naming each bad field
 * or parameter) and writes the {@link ApiResult} as JSON with the API's conventions (money as
 * {@code {"amount","currency"}}, dates ISO-8601, pages with {@code Link: rel="next"}, errors as
 * {@code application/problem+json}). During the call, the thread's context class loader is the module's class
 * loader, in both hosts.
 *
 * <p><b>What the plugin must do.</b> Return every endpoint from {@link #endpoints()}, always the same list: the
 * core calls it when it builds its routing table, once per change in the started modules (never once per
 * request), and a list that varies by user or settings has no meaning. Check permissions in the services the
 * operations call, as for pages: the endpoint carries none. Answer a record the user may not see, or that does
 * not exist, with {@link ApiResult#notFound()} (the same answer for both, so an id reveals nothing).
 *
 * <p><b>Threading.</b> {@link #endpoints()} is called on whatever thread first needs the routing table after a
 * change, possibly several times concurrently. Operations run on the web server's request threads, many at once:
 * the contribution and its operations are shared and must keep no per-call state in fields.
 */
public interface ApiContribution {

    List<ApiEndpoint> endpoints();
}
