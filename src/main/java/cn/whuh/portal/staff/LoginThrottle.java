package cn.whuh.portal.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per client in the {@code login_throttle} table, so a lockout
 * survives a restart and holds across portal instances. The {@code maxFailedLogins}-th failure (failures older
 * than the lockout period are forgotten) refuses further attempts for that name or from that client for the
 * lockout period. Each failure is one atomic upsert, so concurrent attempts cannot slip past the count.
 */
@Component
class LoginThrottle {

    private static final int MAX_KEY = 120;

    private final JdbcClient jdbc;
    private final StaffProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, StaffProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    boolean isLocked(String username, String client) {
        return jdbc.sql("select count(*) from login_throttle where throttle_key in (:user, :client) and locked_until > :now")
                .param("user", userKey(username)).param("client", clientKey(client)).param("now", now())
                .query(Long.class).single() > 0;
    }

    void failed(String username, String client) {
        failed(userKey(username));
        failed(clientKey(client));
    }

    /** A successful sign-in clears the user name's failures (the client's stay, so guessing across names still locks). */
    void succeeded(String username) {
        jdbc.sql("delete from login_throttle where throttle_key = :key").param("key", userKey(username)).update();
    }

    /** Forgets failures that no longer count: the last one is older than the lockout period and no lockout runs. */
    @Scheduled(fixedDelayString = "${portal.staff.lockout}", initialDelayString = "${portal.staff.lockout}")
    void purge() {
        Instant now = Instant.now(clock);
        jdbc.sql("delete from login_throttle where last_failure_at < :forgotten and (locked_until is null or locked_until <= :now)")
                .param("forgotten", Timestamp.from(now.minus(properties.lockout()))).param("now", Timestamp.from(now))
                .update();
    }

    /**
     * One more failure for the key. The count restarts at 1 when the previous failure is older than the lockout
     * period or a lockout has run out. MariaDB applies the assignments left to right, so {@code locked_until}
     * sees the new count.
     */
    private void failed(String key) {
        Instant now = Instant.now(clock);
        jdbc.sql("""
                insert into login_throttle (throttle_key, failures, last_failure_at, locked_until)
                values (:key, 1, :now, if(1 >= :max, :until, null))
                on duplicate key update
                  failures = if(last_failure_at < :forgotten or locked_until <= :now, 1, failures + 1),
                  locked_until = if(failures >= :max, :until, null),
                  last_failure_at = :now""")
                .param("key", key).param("now", Timestamp.from(now)).param("max", properties.maxFailedLogins())
                .param("until", Timestamp.from(now.plus(properties.lockout())))
                .param("forgotten", Timestamp.from(now.minus(properties.lockout())))
                .update();
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }

    private static String userKey(String username) {
        return clip("user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)));
    }

    private static String clientKey(String client) {
        return clip("client:" + client);
    }

    private static String clip(String key) {
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }
}
