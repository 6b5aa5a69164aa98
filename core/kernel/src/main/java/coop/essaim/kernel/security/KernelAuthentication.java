package coop.essaim.kernel.security;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.audit.KernelAuditTrail;
import coop.essaim.kernel.user.UserAccountEntity;
import coop.essaim.kernel.user.UserRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Password logins and bearer tokens. An unknown login costs the same bcrypt check as a known one; repeated
 * failures lock the login or the address ({@link LoginThrottle}, in memory); an inactive user with the
 * right password is told DISABLED, never with a wrong one (that would reveal the account). Every attempt
 * is audited as {@code core.login.ok}, {@code core.login.failed} or {@code core.login.locked}, never with
 * the password. Tokens are 32 random bytes in base64url, shown once and stored as their SHA-256.
 */
public final class KernelAuthentication implements Authentication {

    public static final Duration DEFAULT_TOKEN_VALIDITY = Duration.ofHours(12);
    public static final Duration MAX_TOKEN_VALIDITY = Duration.ofDays(366);
    private static final Logger LOG = LoggerFactory.getLogger(KernelAuthentication.class);

    private final ModuleStore store;
    private final UserRecords records;
    private final KernelAuditTrail audit;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public KernelAuthentication(ModuleStore store, UserRecords records, KernelAuditTrail audit, PasswordHasher hasher,
                                Clock clock) {
        this.store = store;
        this.records = records;
        this.audit = audit;
        this.hasher = hasher;
        this.throttle = new LoginThrottle(clock);
        this.clock = clock;
    }

    @Override
    public LoginResult login(String login, char[] password, String remoteAddress) {
        return attempt(login, password, remoteAddress, "login");
    }

    @Override
    public TokenResult issueToken(String login, char[] password, String remoteAddress, Duration validity) {
        Duration valid = validity == null ? DEFAULT_TOKEN_VALIDITY : validity;
        if (valid.isNegative() || valid.isZero() || valid.compareTo(MAX_TOKEN_VALIDITY) > 0) {
            throw new IllegalArgumentException("token validity must be positive and at most " + MAX_TOKEN_VALIDITY);
        }
        LoginResult result = attempt(login, password, remoteAddress, "token");
        if (!result.ok()) {
            return new TokenResult(result.outcome(), null, null);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(valid);
        UserContext user = result.user();
        store.run(em -> {
            em.persist(new ApiTokenEntity(user.cooperativeId(), user.userId(), sha256(token), now, user.login(), expires));
            audit.append(em, user.cooperativeId(), user.userId(), user.login(), "core.token.issued",
                    "user:" + user.userId(), "expires " + expires + (remoteAddress == null ? "" : " from " + remoteAddress));
        });
        return new TokenResult(LoginResult.Outcome.OK, token, expires);
    }

    @Override
    public Optional<UserContext> verifyToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.read(em -> tokenRow(em, token)
                .filter(t -> t.isValidAt(now))
                .map(t -> em.find(UserAccountEntity.class, t.getUserId()))
                .filter(UserAccountEntity::isActive)
                .map(u -> records.context(em, u)));
    }

    @Override
    public void revokeToken(String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        Instant now = clock.instant();
        store.run(em -> tokenRow(em, token).filter(t -> !t.isRevoked()).ifPresent(t -> {
            t.revoke(now);
            UserAccountEntity u = em.find(UserAccountEntity.class, t.getUserId());
            audit.append(em, t.getCooperativeId(), t.getUserId(), u == null ? null : u.getLogin(),
                    "core.token.revoked", "user:" + t.getUserId(), null);
        }));
    }

    private LoginResult attempt(String rawLogin, char[] password, String address, String channel) {
        String login = rawLogin == null ? "" : rawLogin.strip().toLowerCase(Locale.ROOT);
        String where = (address == null ? "" : "from " + address + " ") + "by " + channel;
        if (throttle.isLocked(login, address)) {
            // no password check while locked: the lock must not double as an oracle
            recordFor(login, "core.login.locked", where);
            return new LoginResult(LoginResult.Outcome.LOCKED, null);
        }
        Optional<UserAccountEntity> found = login.isEmpty() ? Optional.empty()
                : store.read(em -> records.byLogin(em, login));
        if (found.isEmpty()) {
            hasher.burnCheck(password);
            throttle.failed(login, address);
            audit.recordSystem(null, null, login, "core.login.failed", null, where + ": unknown login");
            return new LoginResult(LoginResult.Outcome.INVALID, null);
        }
        UserAccountEntity user = found.get();
        if (!hasher.matches(user.getPasswordHash(), password)) {
            throttle.failed(login, address);
            audit.recordSystem(user.getCooperativeId(), user.getId(), login, "core.login.failed",
                    "user:" + user.getId(), where + ": wrong password");
            return new LoginResult(LoginResult.Outcome.INVALID, null);
        }
        if (!user.isActive()) {
            audit.recordSystem(user.getCooperativeId(), user.getId(), login, "core.login.failed",
                    "user:" + user.getId(), where + ": account deactivated");
            return new LoginResult(LoginResult.Outcome.DISABLED, null);
        }
        throttle.succeeded(login);
        Instant now = clock.instant();
        UserContext context = store.inTransaction(em -> {
            UserAccountEntity managed = em.find(UserAccountEntity.class, user.getId());
            audit.append(em, managed.getCooperativeId(), managed.getId(), login, "core.login.ok",
                    "user:" + managed.getId(), where);
            return records.context(em, managed);
        });
        // in a transaction of its own that does nothing else: logins of one account at once wait on its row
        // there, and one that waited holding the audit's work could starve the pool the audit's ids come from
        store.run(em -> records.recordLogin(em, user.getId(), now));
        LOG.debug("login {} ok {}", login, where);
        return new LoginResult(LoginResult.Outcome.OK, context);
    }

    private void recordFor(String login, String action, String detail) {
        Optional<UserAccountEntity> user = login.isEmpty() ? Optional.empty() : store.read(em -> records.byLogin(em, login));
        audit.recordSystem(user.map(UserAccountEntity::getCooperativeId).orElse(null),
                user.map(UserAccountEntity::getId).orElse(null), login, action,
                user.map(u -> "user:" + u.getId()).orElse(null), detail);
    }

    private static Optional<ApiTokenEntity> tokenRow(jakarta.persistence.EntityManager em, String token) {
        return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiTokenEntity.class)
                .setParameter("hash", sha256(token)).getResultStream().findFirst();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
