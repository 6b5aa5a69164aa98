package coop.essaim.kernel.security;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
import java.security.SecureRandom;

/**
 * bcrypt ({@code $2y$}) through BouncyCastle. The cost is 12 unless the system property
 * {@code essaim.password.cost} says otherwise (4 to 31; tests use 4 to stay fast). bcrypt reads at most
 * 72 bytes of a password and silently ignores the rest, so longer passwords are refused at validation
 * ({@link #MAX_BYTES}) instead of being weakened without anyone knowing.
 */
public final class PasswordHasher {

    public static final String COST_PROPERTY = "essaim.password.cost";
    public static final int DEFAULT_COST = 12;
    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    private static final Logger LOG = LoggerFactory.getLogger(PasswordHasher.class);

    private final SecureRandom random = new SecureRandom();
    private final int cost;
    private volatile String dummyHash;

    public PasswordHasher() {
        this(costFromSystem());
    }

    public PasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be from 4 to 31, got " + cost);
        }
        this.cost = cost;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate(password, salt, cost);
    }

    public boolean matches(String hash, char[] password) {
        if (password == null || password.length == 0 || utf8Length(password) > MAX_BYTES) {
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(hash, password);
        } catch (IllegalArgumentException e) {
            LOG.error("a stored password hash is not a bcrypt string; the login is refused");
            return false;
        }
    }

    /**
     * Spends the time of a real check when the login is unknown, so the answer's delay does not tell
     * whether a login exists.
     */
    public void burnCheck(char[] password) {
        String dummy = dummyHash;
        if (dummy == null) {
            dummy = hash("essaim-no-such-user".toCharArray());
            dummyHash = dummy;
        }
        OpenBSDBCrypt.checkPassword(dummy, password == null || password.length == 0 ? new char[] {'x'} : password);
    }

    public static int utf8Length(char[] password) {
        return StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining();
    }

    private static int costFromSystem() {
        String text = System.getProperty(COST_PROPERTY);
        if (text == null || text.isBlank()) {
            return DEFAULT_COST;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(COST_PROPERTY + ": expected a whole number from 4 to 31, got '" + text + "'");
        }
    }
}
