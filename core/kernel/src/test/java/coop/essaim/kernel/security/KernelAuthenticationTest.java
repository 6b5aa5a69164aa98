package coop.essaim.kernel.security;

import coop.essaim.api.audit.AuditEntry;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.security.Authentication.LoginResult.Outcome;
import coop.essaim.kernel.servicetesting.CoreFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Optional;

import static coop.essaim.kernel.servicetesting.CoreFixture.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelAuthenticationTest {

    @RegisterExtension
    static final CoreFixture f = CoreFixture.withCooperative();
    Authentication auth;

    @BeforeEach
    void services() {
        auth = f.core.authentication();
    }

    private Authentication.LoginResult login(String login, String password) {
        return auth.login(login, password.toCharArray(), "192.0.2.10");
    }

    private List<AuditEntry> trail() {
        return f.core.audit().recent(f.admin, 500);
    }

    @Test
    void theRightPasswordLogsInWithRolesAndPermissionsAndIsAudited() {
        Authentication.LoginResult r = login("Marie", PASSWORD);

        assertEquals(Outcome.OK, r.outcome());
        assertEquals(f.admin, r.user());
        AuditEntry last = trail().get(0);
        assertEquals("core.login.ok", last.action());
        assertEquals(f.admin.userId(), last.userId());
        assertEquals(f.clock.instant(), f.store.read(em -> em.find(coop.essaim.kernel.user.UserAccountEntity.class,
                f.admin.userId()).getLastLoginAt()));
    }

    @Test
    void oneAccountLoggingInManyTimesAtOnceSucceedsEveryTime() throws Exception {
        int logins = 12;
        ExecutorService pool = Executors.newFixedThreadPool(logins);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Authentication.LoginResult>> results = new ArrayList<>();
            for (int i = 0; i < logins; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return login("marie", PASSWORD);
                }));
            }
            start.countDown();
            for (Future<Authentication.LoginResult> r : results) {
                assertEquals(Outcome.OK, r.get(60, TimeUnit.SECONDS).outcome());
            }
        } finally {
            pool.shutdownNow();
        }
        long audited = f.store.read(em -> em.createQuery("select count(a) from AuditEvent a where a.login = 'marie'"
                + " and a.action = 'core.login.ok'", Long.class).getSingleResult());
        assertTrue(audited >= logins, "every login audited: " + audited);
        assertEquals(f.clock.instant(), f.store.read(em -> em.find(coop.essaim.kernel.user.UserAccountEntity.class,
                f.admin.userId()).getLastLoginAt()));
    }

    @Test
    void aWrongPasswordIsInvalidAndAuditedWithoutThePassword() {
        Authentication.LoginResult r = login("marie", "not-the-password-at-all");

        assertEquals(Outcome.INVALID, r.outcome());
        assertNull(r.user());
        AuditEntry last = trail().get(0);
        assertEquals("core.login.failed", last.action());
        assertEquals(f.admin.userId(), last.userId());
        assertFalse(last.detail().contains("not-the-password-at-all"), last.detail());
    }

    @Test
    void anUnknownLoginIsInvalidLikeAWrongPassword() {
        Authentication.LoginResult r = login("nobody", PASSWORD);

        assertEquals(Outcome.INVALID, r.outcome());
        long failures = f.store.read(em -> em.createQuery("select count(a) from AuditEvent a where a.login = 'nobody'"
                + " and a.action = 'core.login.failed' and a.cooperativeId is null", Long.class).getSingleResult());
        assertEquals(1, failures);
    }

    @Test
    void fiveFailuresLockTheLoginForFifteenMinutesEvenWithTheRightPassword() {
        for (int i = 0; i < LoginThrottle.LOGIN_LIMIT; i++) {
            assertEquals(Outcome.INVALID, login("marie", "wrong-password-" + i).outcome());
        }

        assertEquals(Outcome.LOCKED, login("marie", PASSWORD).outcome());
        assertEquals("core.login.locked", trail().get(0).action());

        f.clock.advance(LoginThrottle.LOCK.minusSeconds(1));
        assertEquals(Outcome.LOCKED, login("marie", PASSWORD).outcome());
        f.clock.advance(Duration.ofSeconds(1));
        assertEquals(Outcome.OK, login("marie", PASSWORD).outcome());
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < LoginThrottle.LOGIN_LIMIT - 1; i++) {
            login("marie", "wrong-password");
        }
        f.clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        login("marie", "wrong-password");

        assertEquals(Outcome.OK, login("marie", PASSWORD).outcome());
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressOnly() {
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            // different logins, so no login reaches its own limit
            auth.login("guess" + i, "wrong-password".toCharArray(), "198.51.100.7");
        }

        assertEquals(Outcome.LOCKED, auth.login("marie", PASSWORD.toCharArray(), "198.51.100.7").outcome());
        assertEquals(Outcome.OK, auth.login("marie", PASSWORD.toCharArray(), "192.0.2.10").outcome());
        f.clock.advance(LoginThrottle.LOCK);
        assertEquals(Outcome.OK, auth.login("marie", PASSWORD.toCharArray(), "198.51.100.7").outcome());
    }

    @Test
    void aDeactivatedUserIsDisabledOnlyWhenThePasswordIsRight() {
        UserContext jeanne = f.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);
        f.core.users().deactivate(f.admin, jeanne.userId());

        assertEquals(Outcome.DISABLED, login("jeanne", PASSWORD).outcome());
        assertEquals(Outcome.INVALID, login("jeanne", "wrong-password").outcome());
    }

    @Test
    void aTokenIsShownOnceStoredAsItsHashAndActsAsItsUser() {
        Authentication.TokenResult t = auth.issueToken("marie", PASSWORD.toCharArray(), "192.0.2.10", null);

        assertEquals(Outcome.OK, t.outcome());
        assertEquals(43, t.token().length());
        assertTrue(t.token().matches("[A-Za-z0-9_-]+"), t.token());
        assertEquals(f.clock.instant().plus(Duration.ofHours(12)), t.expiresAt());
        String stored = f.store.read(em -> (String) em.createNativeQuery("SELECT TOKEN_HASH FROM API_TOKEN")
                .getSingleResult());
        assertEquals(KernelAuthentication.sha256(t.token()), stored);
        assertFalse(stored.contains(t.token()));
        assertEquals(Optional.of(f.admin), auth.verifyToken(t.token()));
        assertEquals("core.token.issued", trail().get(0).action());
    }

    @Test
    void aTokenExpires() {
        String token = auth.issueToken("marie", PASSWORD.toCharArray(), null, Duration.ofHours(1)).token();

        f.clock.advance(Duration.ofMinutes(59));
        assertTrue(auth.verifyToken(token).isPresent());
        f.clock.advance(Duration.ofMinutes(1));
        assertTrue(auth.verifyToken(token).isEmpty());
    }

    @Test
    void aRevokedTokenNoLongerWorksAndTheRevocationIsAudited() {
        String token = auth.issueToken("marie", PASSWORD.toCharArray(), null, null).token();
        String other = auth.issueToken("marie", PASSWORD.toCharArray(), null, null).token();

        auth.revokeToken(token);

        assertTrue(auth.verifyToken(token).isEmpty());
        assertTrue(auth.verifyToken(other).isPresent());
        assertEquals("core.token.revoked", trail().get(0).action());
    }

    @Test
    void aDeactivatedUsersTokenStopsWorking() {
        UserContext jeanne = f.user(f.admin, "jeanne", CoreRoles.ENTREPRENEUR);
        String token = auth.issueToken("jeanne", PASSWORD.toCharArray(), null, null).token();
        assertEquals(Optional.of(jeanne), auth.verifyToken(token));

        f.core.users().deactivate(f.admin, jeanne.userId());

        assertTrue(auth.verifyToken(token).isEmpty());
    }

    @Test
    void badCredentialsGetNoTokenAndUnknownTokensAreRefused() {
        Authentication.TokenResult t = auth.issueToken("marie", "wrong-password".toCharArray(), null, null);

        assertEquals(Outcome.INVALID, t.outcome());
        assertNull(t.token());
        assertEquals(0, f.rows("API_TOKEN"));
        assertTrue(auth.verifyToken("made-up-token").isEmpty());
        assertTrue(auth.verifyToken("").isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> auth.issueToken("marie", PASSWORD.toCharArray(), null, Duration.ZERO));
    }

    @Test
    void theHasherRefusesWhatBcryptWouldTruncate() {
        PasswordHasher hasher = new PasswordHasher(4);
        String hash = hasher.hash("x".repeat(72).toCharArray());

        assertTrue(hasher.matches(hash, "x".repeat(72).toCharArray()));
        assertFalse(hasher.matches(hash, ("x".repeat(72) + "y").toCharArray()));
        assertFalse(hasher.matches("not a bcrypt hash", PASSWORD.toCharArray()));
        assertNotNull(hash);
    }
}
