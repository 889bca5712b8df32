package cn.whuh.portal.lead;

import cn.whuh.portal.base.config.PortalProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Per-client token buckets (Bucket4j): lead submissions {@code portal.rate-limit-per-hour} per client per
 * hour, shared by the form and the API, evaluations {@value #EVALUATIONS_PER_MINUTE} per minute, and openings of
 * personal pages {@value #PERSONAL_PAGES_PER_HOUR} per hour. A
 * client is its remote address (behind a proxy: the forwarded one). Idle clients are forgotten after the
 * bucket would be full again.
 */
@Component
public class RateLimits {

    public static final int EVALUATIONS_PER_MINUTE = 300;
    /** Openings of personal pages ({@code /my/…}) per client per hour: a person needs a few, a guesser many. */
    public static final int PERSONAL_PAGES_PER_HOUR = 30;

    /** Whether a request may go ahead; if not, after how many seconds the client may try again. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private final Limit leads;
    private final Limit evaluations;
    private final Limit personalPages = new Limit(PERSONAL_PAGES_PER_HOUR, Duration.ofHours(1));

    public RateLimits(PortalProperties properties) {
        this.leads = new Limit(properties.rateLimitPerHour(), Duration.ofHours(1));
        this.evaluations = new Limit(EVALUATIONS_PER_MINUTE, Duration.ofMinutes(1));
    }

    public Decision tryLeadSubmission(String client) {
        return leads.tryConsume(client);
    }

    public Decision tryEvaluation(String client) {
        return evaluations.tryConsume(client);
    }

    public Decision tryPersonalPage(String client) {
        return personalPages.tryConsume(client);
    }

    private static final class Limit {

        private final Bandwidth bandwidth;
        private final Cache<String, Bucket> buckets;

        Limit(int capacity, Duration period) {
            this.bandwidth = Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build();
            this.buckets = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(100_000).build();
        }

        Decision tryConsume(String client) {
            Bucket bucket = buckets.get(client, c -> Bucket.builder().addLimit(bandwidth).build());
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            return new Decision(probe.isConsumed(), probe.isConsumed() ? 0 : seconds);
        }
    }
}
