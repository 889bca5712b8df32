package cn.whuh.portal.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mail outbox backlog, part of readiness (docs/operations.md#health): DOWN when a message has waited to be sent
 * for longer than {@code portal.notify.backlog-alert} (default 1 hour), i.e. the mail server has been refusing or
 * unreachable for that long. Without a mail server (KEPT messages) there is no backlog.
 */
@Component("mailOutbox")
class OutboxHealth implements HealthIndicator {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration alert;

    OutboxHealth(JdbcTemplate jdbc, Clock clock, @Value("${portal.notify.backlog-alert:PT1H}") Duration alert) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.alert = alert;
    }

    @Override
    public Health health() {
        Integer waiting = jdbc.queryForObject("SELECT COUNT(*) FROM mail_message WHERE status IN ('PENDING', 'SENDING')"
                + " AND created_at < ?", Integer.class, Timestamp.from(clock.instant().minus(alert)));
        return waiting == null || waiting == 0 ? Health.up().build()
                : Health.down().withDetail("waitingLongerThan", alert.toString()).withDetail("messages", waiting).build();
    }
}
