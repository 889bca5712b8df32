package cn.whuh.portal.notify;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the portal sends mail, bound from {@code portal.notify.*} (environment: {@code PORTAL_NOTIFY_*}).
 *
 * @param from the sender address of every message
 * @param dispatchInterval pause between two runs of the dispatcher
 * @param maxAttempts attempts before a message is marked DEAD
 * @param firstRetry wait after the first failed attempt; doubled after each further failure (with jitter)
 * @param maxRetry the longest wait between two attempts
 * @param batchSize messages sent at most in one run of the dispatcher
 * @param sendingLease how long a message may stay SENDING before it counts as interrupted (longer than any
 *     SMTP exchange with the configured timeouts)
 */
@Validated
@ConfigurationProperties(prefix = "portal.notify")
public record NotifyProperties(
        @NotBlank String from,
        @NotNull Duration dispatchInterval,
        @Min(1) int maxAttempts,
        @NotNull Duration firstRetry,
        @NotNull Duration maxRetry,
        @Min(1) int batchSize,
        @NotNull Duration sendingLease) {
}
