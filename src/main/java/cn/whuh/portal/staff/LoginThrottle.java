package cn.whuh.portal.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per client. The {@code maxFailedLogins}-th failure (failures
 * older than the lockout period are forgotten) refuses further attempts for that name or from that client
 * for the lockout period. Kept in memory: a restart forgets, which is acceptable for one portal instance.
 */
@Component
class LoginThrottle {

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final StaffProperties properties;
    private final Clock clock;

    LoginThrottle(StaffProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    boolean isLocked(String username, String client) {
        return locked(userKey(username)) || locked(clientKey(client));
    }

    void failed(String username, String client) {
        failed(userKey(username));
        failed(clientKey(client));
    }

    /** A successful sign-in clears the user name's failures (the client's stay, so guessing across names still locks). */
    void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private boolean locked(String key) {
        Failures f = failures.get(key);
        return f != null && f.lockedUntil() != null && Instant.now(clock).isBefore(f.lockedUntil());
    }

    private void failed(String key) {
        Instant now = Instant.now(clock);
        failures.compute(key, (k, f) -> {
            int count = f == null || f.last().plus(properties.lockout()).isBefore(now)
                    || (f.lockedUntil() != null && !now.isBefore(f.lockedUntil())) ? 1 : f.count() + 1;
            return new Failures(count, now,
                    count >= properties.maxFailedLogins() ? now.plus(properties.lockout()) : null);
        });
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }
}
