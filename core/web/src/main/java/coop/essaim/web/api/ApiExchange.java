package coop.essaim.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.Kernel;
import coop.essaim.web.internal.security.SupportedLocales;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** One API call as a handler sees it: the request, the kernel, JSON output and the caller's language. */
final class ApiExchange {

    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final Kernel kernel;
    private final ObjectMapper json;
    private final Locale locale;

    ApiExchange(HttpServletRequest request, HttpServletResponse response, Kernel kernel, ObjectMapper json) {
        this.request = request;
        this.response = response;
        this.kernel = kernel;
        this.json = json;
        this.locale = SupportedLocales.fromAcceptLanguage(request.getHeader("Accept-Language"));
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

    /** The user of the bearer token, or a 401 problem. */
    UserContext requireUser() {
        return BearerToken.from(request)
                .map(token -> kernel.authentication().verifyToken(token)
                        .orElseThrow(() -> unauthorized("api.token.invalid", "error=\"invalid_token\"")))
                .orElseThrow(() -> unauthorized("api.token.missing", null));
    }

    Optional<String> bearerToken() {
        return BearerToken.from(request);
    }

    private ApiProblem unauthorized(String key, String error) {
        String challenge = "Bearer realm=\"essaim\"" + (error == null ? "" : ", " + error);
        return new ApiProblem(401, text(key), java.util.List.of(), java.util.Map.of("WWW-Authenticate", challenge));
    }

    void send(int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        json.writeValue(response.getOutputStream(), body);
    }

    void sendNoContent() {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
