package cn.whuh.portal.lead;

import cn.whuh.portal.base.config.PortalProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Per-client rate limits, shared by every portal instance on the database (docs/api.md#rate-limits): lead
 * submissions {@code portal.rate-limit-per-hour} per client per hour, shared by the form and the API, evaluations
 * {@value #EVALUATIONS_PER_MINUTE} per minute, and openings of personal pages {@value #PERSONAL_PAGES_PER_HOUR}
 * per hour. A client is its remote address (behind a proxy: the forwarded one), kept only as a hash.
 * <p>
 * Each limit counts hits per window of its period in {@code rate_limit_hits}, one atomic upsert per request, and
 * decides on a sliding window: this window's hits plus the last window's, weighted by the part of it still inside
 * the period, so that the turn of a window is no chance for a burst. Rows are purged once both windows are over. When the database cannot be reached, each instance limits on its own
 * (Bucket4j token buckets in memory), so the public questionnaire keeps answering.
 */
@Component
public class RateLimits {

    public static final int EVALUATIONS_PER_MINUTE = 300;
    /** Openings of personal pages ({@code /my/…}) per client per hour: a person needs a few, a guesser many. */
    public static final int PERSONAL_PAGES_PER_HOUR = 30;

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    /** Whether a request may go ahead; if not, after how many seconds the client may try again. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Limit leads;
    private final Limit evaluations;
    private final Limit personalPages;

    public RateLimits(PortalProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.leads = new Limit("lead", properties.rateLimitPerHour(), Duration.ofHours(1));
        this.evaluations = new Limit("evaluate", EVALUATIONS_PER_MINUTE, Duration.ofMinutes(1));
        this.personalPages = new Limit("personal-page", PERSONAL_PAGES_PER_HOUR, Duration.ofHours(1));
    }

    public Decision tryLeadSubmission(String client) {
        return tryConsume(leads, client);
    }

    public Decision tryEvaluation(String client) {
        return tryConsume(evaluations, client);
    }

    public Decision tryPersonalPage(String client) {
        return tryConsume(personalPages, client);
    }

    /** Forgets the windows that count no more (the longest period is an hour, and the last window counts too). */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void purge() {
        try {
            jdbc.update("DELETE FROM rate_limit_hits WHERE window_start < ?",
                    Timestamp.from(Instant.now(clock).minus(Duration.ofHours(2))));
        } catch (DataAccessException e) {
            log.warn("Rate limit windows not purged: {}", e.getClass().getSimpleName());
        }
    }

    private Decision tryConsume(Limit limit, String client) {
        Instant now = Instant.now(clock);
        long periodSeconds = limit.period.toSeconds();
        Instant window = Instant.ofEpochSecond(now.getEpochSecond() / periodSeconds * periodSeconds);
        long[] hits;
        try {
            hits = hit(limit.name, hash(client), window, window.minus(limit.period));
        } catch (DataAccessException e) {
            log.warn("Rate limit {} counted in this instance only, the database cannot be reached: {}", limit.name,
                    e.getClass().getSimpleName());
            return limit.local(client);
        }
        double inside = 1 - (double) (now.getEpochSecond() - window.getEpochSecond()) / periodSeconds;
        long current = hits[0];
        long previous = hits[1];
        if (current + previous * inside <= limit.capacity) {
            return new Decision(true, 0);
        }
        // until the last window's weight has dropped enough, or (this window alone is over) until this one is over
        double until = current >= limit.capacity || previous == 0 ? 1
                : 1 - (double) (limit.capacity - current) / previous;
        long wait = window.getEpochSecond() + (long) Math.ceil(until * periodSeconds) - now.getEpochSecond();
        return new Decision(false, Math.max(1, wait));
    }

    /**
     * Counts one hit in {@code window} and returns its hits and those of the {@code previous} window, atomically
     * for this window (LAST_INSERT_ID carries the count out of the upsert).
     */
    private long[] hit(String limit, byte[] client, Instant window, Instant previous) {
        return jdbc.execute((Connection connection) -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO rate_limit_hits (limit_name, client_hash, window_start, hits)
                    VALUES (?, ?, ?, LAST_INSERT_ID(1))
                    ON DUPLICATE KEY UPDATE hits = LAST_INSERT_ID(hits + 1)""", Statement.NO_GENERATED_KEYS);
                    PreparedStatement select = connection.prepareStatement("""
                            SELECT LAST_INSERT_ID(), COALESCE((SELECT hits FROM rate_limit_hits
                                WHERE limit_name = ? AND client_hash = ? AND window_start = ?), 0)""")) {
                upsert.setString(1, limit);
                upsert.setBytes(2, client);
                upsert.setTimestamp(3, Timestamp.from(window));
                upsert.executeUpdate();
                select.setString(1, limit);
                select.setBytes(2, client);
                select.setTimestamp(3, Timestamp.from(previous));
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return new long[] {rs.getLong(1), rs.getLong(2)};
                }
            }
        });
    }

    /** The first 16 bytes of the address's SHA-256: counts clients without keeping their addresses. */
    private static byte[] hash(String client) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(client.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Limit {

        private final String name;
        private final int capacity;
        private final Duration period;
        private final Bandwidth bandwidth;
        private final Cache<String, Bucket> buckets;

        Limit(String name, int capacity, Duration period) {
            this.name = name;
            this.capacity = capacity;
            this.period = period;
            this.bandwidth = Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build();
            this.buckets = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(100_000).build();
        }

        /** This instance's own count, while the database is away. */
        Decision local(String client) {
            Bucket bucket = buckets.get(client, c -> Bucket.builder().addLimit(bandwidth).build());
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            return new Decision(probe.isConsumed(), probe.isConsumed() ? 0 : seconds);
        }
    }
}
