package coop.essaim.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.Kernel;
import coop.essaim.web.internal.security.SupportedLocales;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** One API call as a handler sees it: the request, the kernel, JSON output and the caller's language. */
final class ApiExchange {

    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final Kernel kernel;
    private final ObjectMapper json;
    private final Map<String, Long> pathIds = new HashMap<>();
    private final Map<String, String> pathTexts = new HashMap<>();
    private Locale locale;

    ApiExchange(HttpServletRequest request, HttpServletResponse response, Kernel kernel, ObjectMapper json) {
        this.request = request;
        this.response = response;
        this.kernel = kernel;
        this.json = json;
        this.locale = SupportedLocales.of(kernel.modules()).fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    HttpServletRequest request() {
        return request;
    }

    Kernel kernel() {
        return kernel;
    }

    ObjectMapper json() {
        return json;
    }

    Locale locale() {
        return locale;
    }

    /** Set by the router: the numeric id of the path segment {@code {name}}. */
    void pathId(String name, long value) {
        pathIds.put(name, value);
    }

    /** Set by the router: the text of the path segment {@code {name:text}}. */
    void pathText(String name, String value) {
        pathTexts.put(name, value);
    }

    String pathText(String name) {
        return pathTexts.get(name);
    }

    long id() {
        return pathIds.get("id");
    }

    QueryParameters query() {
        return new QueryParameters(this);
    }

    /** A message of {@code ApiMessages} in the caller's language (French unless they ask for English). */
    String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("coop.essaim.web.api.ApiMessages", locale,
                    ApiExchange.class.getClassLoader(), NO_JVM_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * The user of the bearer token, or a 401 problem. The user acts in the language the call asks for
     * ({@code Accept-Language}), else in their own, French first, so the services' refusals read like the API's.
     */
    UserContext requireUser() {
        UserContext user = BearerToken.from(request)
                .map(token -> kernel.authentication().verifyToken(token)
                        .orElseThrow(() -> unauthorized("api.token.invalid", "error=\"invalid_token\"")))
                .orElseThrow(() -> unauthorized("api.token.missing", null));
        String asked = request.getHeader("Accept-Language");
        locale = asked == null || asked.isBlank() ? SupportedLocales.of(kernel.modules()).choose(user.locale()) : locale;
        return new UserContext(user.userId(), user.login(), user.displayName(), user.cooperativeId(), user.roles(),
                user.permissions(), locale);
    }

    Optional<String> bearerToken() {
        return BearerToken.from(request);
    }

    private ApiProblem unauthorized(String key, String error) {
        String challenge = "Bearer realm=\"essaim\"" + (error == null ? "" : ", " + error);
        return new ApiProblem(401, text(key), List.of(), Map.of("WWW-Authenticate", challenge));
    }

    /**
     * Runs a service call whose refusals name fields the JSON body calls otherwise ({@code establishment} for
     * {@code establishmentId}), answering them as 422 under the body's names.
     */
    <T> T renaming(UnaryOperator<String> rename, Supplier<T> call) {
        try {
            return call.get();
        } catch (ValidationException e) {
            throw ApiProblem.refused(e, text("api.refused"), rename);
        }
    }

    /**
     * The body's media type, or a 415 problem ({@code key} with the type received) unless it matches
     * {@code typePattern} (a regular expression on the lower-cased type, before any parameter).
     */
    void requireType(String typePattern, String key) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).matches("(" + typePattern + ")\\s*(;.*)?")) {
            throw new ApiProblem(415, text(key, type == null ? "-" : type));
        }
    }

    /**
     * The body, read to at most one byte beyond {@code maxBytes} rather than trusting Content-Length: a refusal
     * answered before the body is read makes the server close a connection the client is still writing to, and
     * the client may then lose the answer. What is left beyond is drained by {@link UnreadBodyFirst}.
     */
    byte[] body(int maxBytes, Supplier<ApiProblem> tooLarge) throws IOException {
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            throw tooLarge.get();
        }
        return bytes;
    }

    /** A 404 that says the same whether the record does not exist or the caller may not see it. */
    ApiProblem notFound() {
        return new ApiProblem(404, text("api.notFound", request.getRequestURI()));
    }

    /** This API's own address of {@code path} (relative to {@code /api}), for Location and Link headers. */
    String link(String path) {
        String servlet = request.getContextPath() + request.getServletPath();
        return servlet + path;
    }

    void header(String name, String value) {
        response.setHeader(name, value);
    }

    void send(int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        json.writeValue(response.getOutputStream(), body);
    }

    /** A body that is not JSON built here: an export, or a problem document with extension members. */
    void send(int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * A long text body written as it is produced (a ledger export): the status and headers go first, so the
     * caller checks everything that could refuse the request before writing.
     */
    java.io.Writer streaming(String contentType, String fileName) throws IOException {
        response.setStatus(200);
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return new java.io.OutputStreamWriter(response.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8);
    }

    void sendNoContent() {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
