package coop.essaim.api.web;

import coop.essaim.api.security.UserContext;

import java.util.Optional;
import java.util.function.Function;

/**
 * One call to a module's endpoint, as the core hands it to the {@link ApiOperation}. Valid only during the call
 * and on its thread: never keep it.
 */
public interface ApiCall {

    /**
     * Who calls: the user of the bearer token, already checked by the core, in the cooperative of the token,
     * acting in the language the call asks for ({@code Accept-Language}, else the account's). Pass it to the
     * services; they check permissions and reach.
     */
    UserContext user();

    /**
     * The number in the path's placeholder {@code {name}}: {@code pathId("id")} is 42 for
     * {@code invoices/42} on {@code invoices/{id}}. Always a positive whole number (anything else was a 404).
     *
     * @throws IllegalArgumentException when the endpoint's path has no such placeholder (a bug: a 500)
     */
    long pathId(String name);

    /**
     * Reads the query string with {@code reader}. Every bad parameter is recorded; when {@code reader} returns
     * (or throws after a bad value), the core answers 400 listing them all, and the operation goes no further.
     * Otherwise it returns what {@code reader} returned.
     */
    <T> T query(Function<ApiQuery, T> reader);

    /**
     * Reads the JSON object of the request body with {@code reader}. The core answers 415 for another content
     * type and 400 for a body that is empty, too large (64 KB), malformed or not an object, before
     * {@code reader} runs. Every field problem is recorded, as are the fields {@code reader} did not read (an
     * unknown field is refused, so a misspelt one never goes unnoticed); when {@code reader} returns (or throws
     * after a problem), the core answers 400 listing them all by field ({@code lines[1].unitPrice}) and JSON
     * pointer ({@code /lines/1/unitPrice}). Otherwise it returns what {@code reader} returned. At most once per
     * call.
     */
    <T> T body(Function<ApiBody, T> reader);

    /** A request header ({@code Idempotency-Key}), if sent and not blank. */
    Optional<String> header(String name);
}
