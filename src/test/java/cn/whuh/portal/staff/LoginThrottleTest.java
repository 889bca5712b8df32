package cn.whuh.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lockout's timing with a clock the test moves, on the real database. Two throttles on one database
 * stand for two portal instances, or one instance before and after a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginThrottleTest {

    private static final StaffProperties POLICY = new StaffProperties(Duration.ofMinutes(30), 5, Duration.ofMinutes(15));

    @Autowired
    JdbcClient jdbc;

    private Instant now = Instant.parse("2026-11-25T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    /** Names and clients unique to this test run: the database is shared with other tests. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private LoginThrottle throttle() {
        return new LoginThrottle(jdbc, POLICY, clock);
    }

    private String name(String who) {
        return who + "-" + run;
    }

    private String client(int n) {
        return "10." + run.hashCode() % 200 + "." + run + "." + n;
    }

    @Test
    void locksForFifteenMinutesAfterTheFifthFailure() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 4; i++) {
            throttle.failed(name("Alice"), client(1));
        }
        assertThat(throttle.isLocked(name("alice"), client(2))).isFalse();
        throttle.failed(name("alice"), client(1));
        assertThat(throttle.isLocked(name("alice"), client(2))).isTrue();
        assertThat(throttle.isLocked(name("bob"), client(1))).isTrue();
        now = now.plus(Duration.ofMinutes(14));
        assertThat(throttle.isLocked(name("alice"), client(2))).isTrue();
        now = now.plus(Duration.ofMinutes(2));
        assertThat(throttle.isLocked(name("alice"), client(2))).isFalse();
        assertThat(throttle.isLocked(name("bob"), client(1))).isFalse();
    }

    @Test
    void oldFailuresAreForgottenAndSuccessClearsTheUserName() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 4; i++) {
            throttle.failed(name("carol"), client(3));
        }
        now = now.plus(Duration.ofMinutes(16));
        throttle.failed(name("carol"), client(3));
        assertThat(throttle.isLocked(name("carol"), client(3))).isFalse();
        for (int i = 0; i < 3; i++) {
            throttle.failed(name("carol"), client(4));
        }
        throttle.succeeded(name("carol"));
        throttle.failed(name("carol"), client(5));
        assertThat(throttle.isLocked(name("carol"), client(5))).isFalse();
    }

    @Test
    void aLockoutHoldsAcrossInstancesAndRestarts() {
        LoginThrottle first = throttle();
        LoginThrottle second = throttle();
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? first : second).failed(name("dave"), client(10 + i));
        }
        assertThat(second.isLocked(name("dave"), client(99))).as("counted together on both instances").isTrue();
        assertThat(throttle().isLocked(name("DAVE"), client(99))).as("after a restart").isTrue();
    }

    @Test
    void thePurgeForgetsOnlyWhatNoLongerCounts() {
        LoginThrottle throttle = throttle();
        throttle.failed(name("erin"), client(20));
        now = now.plus(Duration.ofMinutes(10));
        for (int i = 0; i < 5; i++) {
            throttle.failed(name("frank"), client(21));
        }
        now = now.plus(Duration.ofMinutes(6));
        throttle.purge();
        assertThat(rows("user:" + name("erin"))).as("a single failure 16 minutes ago").isZero();
        assertThat(rows("user:" + name("frank"))).as("a lockout still running").isOne();
        assertThat(throttle.isLocked(name("frank"), client(22))).isTrue();
        now = now.plus(Duration.ofMinutes(10));
        throttle.purge();
        assertThat(rows("user:" + name("frank"))).as("its lockout is over").isZero();
        assertThat(throttle.isLocked(name("frank"), client(21))).isFalse();
    }

    private long rows(String key) {
        return jdbc.sql("select count(*) from login_throttle where throttle_key = ?").param(key).query(Long.class).single();
    }
}
