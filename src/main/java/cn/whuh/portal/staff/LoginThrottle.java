package cn.whuh.portal.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins in the {@code login_throttle} table (shared by every portal instance, kept across restarts),
 * per user name ({@code user:} and its {@link UserNames#key}) and per client address ({@code client:}).
 * <ul>
 * <li>A user name is locked after {@code maxFailedLogins} failures within the lockout period, for the lockout
 * period; each lockout that follows another (failures resumed within a day, no successful sign-in, no unlock)
 * lasts twice as long as the one before, at most {@link #MAX_GROWTH} times the period.
 * <li>An address is only throttled, at {@code maxFailedLoginsPerAddress} failures: while it is, each failed
 * sign-in from it locks that user name at once. It never refuses a correct password of a name that is not
 * locked, so a hospital's NAT, where the whole team is one address, does not lock out the team.
 * </ul>
 * Each failure is one atomic upsert, so concurrent attempts cannot slip past the count.
 */
@Component
class LoginThrottle {

    /** The longest lockout, as a multiple of the lockout period (15 min, 30, 60, 120 by default). */
    static final int MAX_GROWTH = 8;
    /** How long the number of lockouts in a row is remembered after the last failure. */
    static final Duration MEMORY = Duration.ofDays(1);

    private static final int MAX_KEY = 120;
    private static final String USER = "user:";

    private final JdbcClient jdbc;
    private final StaffProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, StaffProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether sign-in for this user name is refused right now, whatever the password. */
    boolean isLocked(String username) {
        return lockedUntil(userKey(username)) != null;
    }

    /** Whether the address has failed so often that each further failure from it locks the name at once. */
    boolean isThrottled(String client) {
        return lockedUntil(clientKey(client)) != null;
    }

    /** One failed sign-in for the name from the address. */
    void failed(String username, String client) {
        boolean throttled = isThrottled(client);
        failed(userKey(username), throttled ? 1 : properties.maxFailedLogins(), MAX_GROWTH);
        failed(clientKey(client), properties.maxFailedLoginsPerAddress(), 1);
    }

    /** A successful sign-in forgets the name's failures and lockouts (the address's stay). */
    void succeeded(String username) {
        unlock(username);
    }

    /** Ends a lockout of the name and forgets its failures (an ADMIN's unlock). Returns whether it was locked. */
    boolean unlock(String username) {
        boolean locked = isLocked(username);
        jdbc.sql("delete from login_throttle where throttle_key = :key").param("key", userKey(username)).update();
        return locked;
    }

    /** Of the given user names, those locked right now, with the end of their lockout. */
    Map<String, Instant> locked(Collection<String> usernames) {
        Map<String, String> byKey = new LinkedHashMap<>();
        usernames.forEach(name -> byKey.put(userKey(name), name));
        Map<String, Instant> locked = new LinkedHashMap<>();
        if (byKey.isEmpty()) {
            return locked;
        }
        jdbc.sql("select throttle_key, locked_until from login_throttle where throttle_key in (:keys) and locked_until > :now")
                .param("keys", byKey.keySet()).param("now", now())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list().forEach(row -> locked.put(byKey.get(row.getKey()), row.getValue()));
        return locked;
    }

    /**
     * Forgets failures that no longer count: the last one is older than the lockout period, no lockout runs, and
     * no lockout happened within the last {@link #MEMORY}.
     */
    @Scheduled(fixedDelayString = "${portal.staff.lockout}", initialDelayString = "${portal.staff.lockout}")
    void purge() {
        Instant now = Instant.now(clock);
        jdbc.sql("""
                delete from login_throttle
                where last_failure_at < if(lockouts = 0, :forgotten, :remembered)
                  and (locked_until is null or locked_until <= :now)""")
                .param("forgotten", Timestamp.from(now.minus(properties.lockout())))
                .param("remembered", Timestamp.from(now.minus(MEMORY)))
                .param("now", Timestamp.from(now))
                .update();
    }

    private Instant lockedUntil(String key) {
        return jdbc.sql("select locked_until from login_throttle where throttle_key = :key and locked_until > :now")
                .param("key", key).param("now", now())
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
    }

    /**
     * One more failure for the key; the {@code max}-th locks it, for the lockout period times 2^(lockouts in a
     * row - 1), at most {@code growth} times (1 for an address: each failure while throttled extends it once). The count restarts at 1 when the previous failure
     * is older than the lockout period or a lockout has run out; the lockouts in a row are forgotten after a day
     * without failures. MariaDB applies the assignments left to right, so each one sees the new values before it.
     */
    private void failed(String key, int max, int growth) {
        Instant now = Instant.now(clock);
        jdbc.sql("""
                insert into login_throttle (throttle_key, failures, lockouts, last_failure_at, locked_until)
                values (:key, 1, if(1 >= :max, 1, 0), :now, if(1 >= :max, date_add(:now, interval :seconds second), null))
                on duplicate key update
                  failures = if(last_failure_at < :forgotten or locked_until <= :now, 1, failures + 1),
                  lockouts = if(last_failure_at < :remembered, 0, lockouts) + if(failures >= :max, 1, 0),
                  locked_until = if(failures >= :max,
                      date_add(:now, interval cast(:seconds * least(power(2, greatest(lockouts, 1) - 1), :growth) as unsigned) second),
                      if(locked_until > :now, locked_until, null)),
                  last_failure_at = :now""")
                .param("key", key).param("now", Timestamp.from(now)).param("max", max)
                .param("seconds", properties.lockout().toSeconds()).param("growth", growth)
                .param("forgotten", Timestamp.from(now.minus(properties.lockout())))
                .param("remembered", Timestamp.from(now.minus(MEMORY)))
                .update();
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }

    private static String userKey(String username) {
        return clip(USER + UserNames.key(username));
    }

    private static String clientKey(String client) {
        return clip("client:" + client);
    }

    private static String clip(String key) {
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }
}
