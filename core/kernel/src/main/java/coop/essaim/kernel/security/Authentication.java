package coop.essaim.kernel.security;

import coop.essaim.api.security.UserContext;

import java.time.Duration;
import java.util.Optional;

/**
 * Logins and API tokens. Passwords are checked against a slow salted hash; repeated failures for a login
 * or from an address are slowed down and then refused for a while ({@link LoginResult.Outcome#LOCKED});
 * every attempt is audited. Tokens are random, shown once, stored only as a hash, and expire.
 */
public interface Authentication {

    LoginResult login(String login, char[] password, String remoteAddress);

    /** Issues a bearer token for valid credentials; the result carries the token text once. */
    TokenResult issueToken(String login, char[] password, String remoteAddress, Duration validity);

    /** The user a bearer token acts as, if the token is known, unexpired and its user still active. */
    Optional<UserContext> verifyToken(String token);

    void revokeToken(String token);

    record LoginResult(Outcome outcome, UserContext user) {
        public enum Outcome { OK, INVALID, LOCKED, DISABLED }

        public boolean ok() {
            return outcome == Outcome.OK;
        }
    }

    record TokenResult(LoginResult.Outcome outcome, String token, java.time.Instant expiresAt) {
    }
}
