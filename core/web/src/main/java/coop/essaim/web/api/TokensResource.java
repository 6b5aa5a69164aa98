package coop.essaim.web.api;

import coop.essaim.kernel.security.Authentication;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/tokens} issues a bearer token for a login and password; {@code DELETE
 * /api/v1/tokens/current} revokes the token of the call. A refusal never says whether the login exists.
 */
final class TokensResource {

    static final Duration VALIDITY = Duration.ofHours(8);

    private TokensResource() {
    }

    static void issue(ApiExchange exchange) throws IOException {
        JsonBody body = JsonBody.read(exchange);
        String login = body.requiredString("login");
        String password = body.requiredString("password");
        body.complete();
        Authentication.TokenResult result = exchange.kernel().authentication().issueToken(login.trim(),
                password.toCharArray(), exchange.request().getRemoteAddr(), VALIDITY);
        switch (result.outcome()) {
            case OK -> {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("token", result.token());
                out.put("expiresAt", result.expiresAt() == null ? null : result.expiresAt().toString());
                exchange.send(201, out);
            }
            case LOCKED -> throw new ApiProblem(429, exchange.text("api.token.locked"));
            // a disabled account answers like a wrong password: the API does not confirm that a login exists
            default -> throw new ApiProblem(401, exchange.text("api.token.refused"), List.of(),
                    Map.of("WWW-Authenticate", "Bearer realm=\"essaim\""));
        }
    }

    static void revokeCurrent(ApiExchange exchange) {
        exchange.requireUser();
        exchange.kernel().authentication().revokeToken(exchange.bearerToken().orElseThrow());
        exchange.sendNoContent();
    }
}
