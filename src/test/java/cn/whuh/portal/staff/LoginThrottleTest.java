package cn.whuh.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The lockout's timing with a clock the test moves. */
class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-25T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(
            new StaffProperties(Duration.ofMinutes(30), 5, Duration.ofMinutes(15)), clock);

    @Test
    void locksForFifteenMinutesAfterTheFifthFailure() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Alice", "10.0.0.1");
        }
        assertThat(throttle.isLocked("alice", "10.0.0.2")).isFalse();
        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.isLocked("alice", "10.0.0.2")).isTrue();
        assertThat(throttle.isLocked("bob", "10.0.0.1")).isTrue();
        now = now.plus(Duration.ofMinutes(14));
        assertThat(throttle.isLocked("alice", "10.0.0.2")).isTrue();
        now = now.plus(Duration.ofMinutes(2));
        assertThat(throttle.isLocked("alice", "10.0.0.2")).isFalse();
        assertThat(throttle.isLocked("bob", "10.0.0.1")).isFalse();
    }

    @Test
    void oldFailuresAreForgottenAndSuccessClearsTheUserName() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("carol", "10.0.0.3");
        }
        now = now.plus(Duration.ofMinutes(16));
        throttle.failed("carol", "10.0.0.3");
        assertThat(throttle.isLocked("carol", "10.0.0.3")).isFalse();
        for (int i = 0; i < 3; i++) {
            throttle.failed("carol", "10.0.0.4");
        }
        throttle.succeeded("carol");
        throttle.failed("carol", "10.0.0.5");
        assertThat(throttle.isLocked("carol", "10.0.0.5")).isFalse();
    }
}
