package coop.essaim.kernel.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses logins for a while after repeated failures: {@value #LOGIN_LIMIT} failures for one login within
 * {@link #WINDOW} lock that login for {@link #LOCK}; {@value #ADDRESS_LIMIT} failures from one remote address
 * within the window lock that address for the same time.
 *
 * <p>The counters live in memory: a restart forgets them, and with several application nodes each node
 * counts for itself (so an attacker gets at most the limit per node). That is acceptable for the threat it
 * answers, online guessing, since each guess still costs a bcrypt check. Counters of quiet keys are pruned
 * so that guessing random logins cannot fill the memory. Time comes from the injected clock.
 */
public final class LoginThrottle {

    public static final int LOGIN_LIMIT = 5;
    public static final int ADDRESS_LIMIT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Counter> logins = new ConcurrentHashMap<>();
    private final Map<String, Counter> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** True while the login or the address is locked. */
    public boolean isLocked(String login, String address) {
        Instant now = clock.instant();
        return locked(logins, login, now) || locked(addresses, address, now);
    }

    public void failed(String login, String address) {
        Instant now = clock.instant();
        count(logins, login, LOGIN_LIMIT, now);
        count(addresses, address, ADDRESS_LIMIT, now);
    }

    /** A successful login clears its login's failures, not its address's (one good account must not reset a spray). */
    public void succeeded(String login) {
        logins.remove(login);
    }

    private static boolean locked(Map<String, Counter> map, String key, Instant now) {
        if (key == null) {
            return false;
        }
        Counter c = map.get(key);
        if (c == null) {
            return false;
        }
        synchronized (c) {
            if (c.lockedUntil == null) {
                return false;
            }
            if (now.isBefore(c.lockedUntil)) {
                return true;
            }
            // the lock is over: start counting afresh
            c.lockedUntil = null;
            c.failures.clear();
            return false;
        }
    }

    private static void count(Map<String, Counter> map, String key, int limit, Instant now) {
        if (key == null) {
            return;
        }
        if (map.size() > PRUNE_ABOVE) {
            prune(map, now);
        }
        Counter c = map.computeIfAbsent(key, k -> new Counter());
        synchronized (c) {
            c.forgetBefore(now.minus(WINDOW));
            c.failures.addLast(now);
            if (c.failures.size() >= limit && c.lockedUntil == null) {
                c.lockedUntil = now.plus(LOCK);
            }
        }
    }

    private static void prune(Map<String, Counter> map, Instant now) {
        Iterator<Map.Entry<String, Counter>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Counter c = it.next().getValue();
            synchronized (c) {
                c.forgetBefore(now.minus(WINDOW));
                if (c.failures.isEmpty() && (c.lockedUntil == null || !now.isBefore(c.lockedUntil))) {
                    it.remove();
                }
            }
        }
    }

    private static final class Counter {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;

        void forgetBefore(Instant limit) {
            while (!failures.isEmpty() && failures.peekFirst().isBefore(limit)) {
                failures.removeFirst();
            }
        }
    }
}
