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
 * stand for two portal instances, or one instance before and after a restart. A user name is locked; a client
 * address is only throttled (issue 13, item 2: a hospital's NAT is one address for the whole team).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginThrottleTest {

    private static final StaffProperties POLICY = new StaffProperties(Duration.ofMinutes(30), 5, Duration.ofMinutes(15),
            50);

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
        assertThat(throttle.isLocked(name("alice"))).isFalse();
        throttle.failed(name("alice"), client(1));
        assertThat(throttle.isLocked(name("alice"))).isTrue();
        assertThat(throttle.isLocked(name("bob"))).as("another name from the same address").isFalse();
        assertThat(throttle.isThrottled(client(1))).as("five failures are far below the address's count").isFalse();
        now = now.plus(Duration.ofMinutes(14));
        assertThat(throttle.isLocked(name("alice"))).isTrue();
        now = now.plus(Duration.ofMinutes(2));
        assertThat(throttle.isLocked(name("alice"))).isFalse();
    }

    @Test
    void eachLockoutInARowLastsTwiceAsLongUpToEightTimes() {
        LoginThrottle throttle = throttle();
        for (Duration expected : new Duration[] {Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofMinutes(60), Duration.ofMinutes(120), Duration.ofMinutes(120)}) {
            for (int i = 0; i < 5; i++) {
                throttle.failed(name("gina"), client(30));
            }
            Instant lockedAt = now;
            assertThat(throttle.locked(java.util.List.of(name("gina")))).as("locked for %s", expected)
                    .containsEntry(name("gina"), lockedAt.plus(expected));
            now = lockedAt.plus(expected).minusSeconds(1);
            assertThat(throttle.isLocked(name("gina"))).isTrue();
            now = now.plusSeconds(2);
            assertThat(throttle.isLocked(name("gina"))).isFalse();
        }
        // A successful sign-in (or an ADMIN's unlock) starts again at 15 minutes.
        throttle.succeeded(name("gina"));
        for (int i = 0; i < 5; i++) {
            throttle.failed(name("gina"), client(30));
        }
        assertThat(throttle.locked(java.util.List.of(name("gina")))).containsEntry(name("gina"),
                now.plus(Duration.ofMinutes(15)));
        assertThat(throttle.unlock(name("gina"))).isTrue();
        assertThat(throttle.isLocked(name("gina"))).isFalse();
        assertThat(throttle.unlock(name("gina"))).as("nothing left to unlock").isFalse();
    }

    @Test
    void aBusyAddressIsThrottledOneGuessPerNameButNeverLocksAName() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 50; i++) {
            throttle.failed(name("guess" + i), client(40));
        }
        assertThat(throttle.isThrottled(client(40))).isTrue();
        assertThat(throttle.isLocked(name("harry"))).as("a name without failures stays open").isFalse();
        throttle.failed(name("harry"), client(40));
        assertThat(throttle.isLocked(name("harry"))).as("one failure from a throttled address locks the name")
                .isTrue();
        throttle.failed(name("ivy"), client(41));
        assertThat(throttle.isLocked(name("ivy"))).as("from another address a name still has five tries").isFalse();
        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.isThrottled(client(40))).isFalse();
    }

    @Test
    void oldFailuresAreForgottenAndSuccessClearsTheUserName() {
        LoginThrottle throttle = throttle();
        for (int i = 0; i < 4; i++) {
            throttle.failed(name("carol"), client(3));
        }
        now = now.plus(Duration.ofMinutes(16));
        throttle.failed(name("carol"), client(3));
        assertThat(throttle.isLocked(name("carol"))).isFalse();
        for (int i = 0; i < 3; i++) {
            throttle.failed(name("carol"), client(4));
        }
        throttle.succeeded(name("carol"));
        throttle.failed(name("carol"), client(5));
        assertThat(throttle.isLocked(name("carol"))).isFalse();
    }

    @Test
    void aLockoutHoldsAcrossInstancesAndRestarts() {
        LoginThrottle first = throttle();
        LoginThrottle second = throttle();
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? first : second).failed(name("dave"), client(10 + i));
        }
        assertThat(second.isLocked(name("dave"))).as("counted together on both instances").isTrue();
        assertThat(throttle().isLocked(name("DAVE"))).as("after a restart").isTrue();
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
        assertThat(throttle.isLocked(name("frank"))).isTrue();
        now = now.plus(Duration.ofMinutes(10));
        throttle.purge();
        assertThat(throttle.isLocked(name("frank"))).isFalse();
        assertThat(rows("user:" + name("frank"))).as("its lockout is over, remembered for the next one's length")
                .isOne();
        now = now.plus(LoginThrottle.MEMORY);
        throttle.purge();
        assertThat(rows("user:" + name("frank"))).as("a day later").isZero();
    }

    private long rows(String key) {
        return jdbc.sql("select count(*) from login_throttle where throttle_key = ?").param(key).query(Long.class).single();
    }
}
