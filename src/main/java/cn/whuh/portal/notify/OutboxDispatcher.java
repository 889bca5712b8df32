package cn.whuh.portal.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox messages, mail and SMS alike, each through its {@link OutboxChannel}. Each message is claimed
 * in its own short transaction (row lock with {@code SKIP LOCKED}, then status SENDING), so any number of portal
 * instances can share one database; it is then sent outside any transaction and its outcome recorded. A failure
 * schedules the next attempt with exponential backoff and jitter, until the last attempt marks it DEAD (at once
 * when the channel says it never can succeed: an address that cannot be parsed, a template the provider rejects).
 * A message the server or provider accepted is SENT and never sent again; one left SENDING by a stopped instance
 * may have been accepted, so it becomes DEAD for an ADMIN to check and retry rather than being sent a second time
 * automatically (docs/decisions/0004-interrupted-mail-is-dead.md).
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    static final String INTERRUPTED = "Interrupted while sending: it may have been delivered. Check before retrying.";

    private final MailMessageRepository messages;
    private final List<OutboxChannel> channels;
    private final TransactionTemplate transactions;
    private final TaskScheduler scheduler;
    private final NotifyProperties properties;
    private final Clock clock;

    OutboxDispatcher(MailMessageRepository messages, List<OutboxChannel> channels, TransactionTemplate transactions,
            TaskScheduler scheduler, NotifyProperties properties, Clock clock) {
        this.messages = messages;
        this.channels = channels;
        this.transactions = transactions;
        this.scheduler = scheduler;
        this.properties = properties;
        this.clock = clock;
    }

    /** Asks for a run as soon as possible, e.g. after a transaction that added messages committed. */
    public void nudge() {
        scheduler.schedule(this::dispatch, Instant.now());
    }

    /**
     * One run: for each configured channel, sends due messages until none is left, the batch is full, or the
     * server or provider fails (a failure of one message only, such as a throttled number, does not stop it).
     */
    @Scheduled(fixedDelayString = "${portal.notify.dispatch-interval}")
    public void dispatch() {
        List<OutboxChannel> sending = channels.stream().filter(OutboxChannel::sending).toList();
        if (sending.isEmpty()) {
            return;
        }
        recoverInterrupted();
        for (OutboxChannel channel : sending) {
            for (int done = 0; done < properties.batchSize(); done++) {
                Optional<MailMessage> claimed = claimNext(channel.channel());
                if (claimed.isEmpty() || !send(channel, claimed.get())) {
                    break;
                }
            }
        }
    }

    private void recoverInterrupted() {
        Instant now = Instant.now(clock);
        Integer interrupted = transactions.execute(
                status -> messages.markInterrupted(now.minus(properties.sendingLease()), INTERRUPTED, now));
        if (interrupted != null && interrupted > 0) {
            log.warn("{} outbox message(s) were interrupted while sending and are now DEAD", interrupted);
        }
    }

    private Optional<MailMessage> claimNext(Channel channel) {
        return transactions.execute(status -> {
            Instant now = Instant.now(clock);
            Optional<MailMessage> next = messages.lockNextDue(channel.name(), now);
            next.ifPresent(message -> message.claim(now));
            return next;
        });
    }

    /** Sends one claimed message and records the outcome; false when the run of its channel should stop. */
    private boolean send(OutboxChannel channel, MailMessage message) {
        try {
            channel.send(message);
        } catch (OutboxChannel.DeliveryFailure e) {
            boolean last = e.permanent() || message.getAttempts() >= properties.maxAttempts();
            Instant next = last ? null : Instant.now(clock).plus(backoff(message.getAttempts()));
            record(message.getId(), m -> m.failed(e.getMessage(), next, Instant.now(clock)));
            log.warn("{} {} ({}) attempt {} failed: {}{}", message.getChannel(), message.getId(), message.getKind(),
                    message.getAttempts(), e.getMessage(), next == null ? "; DEAD" : "");
            return e.onlyThisMessage();
        }
        record(message.getId(), m -> m.sent(Instant.now(clock)));
        log.info("{} {} ({}) sent", message.getChannel(), message.getId(), message.getKind());
        return true;
    }

    private void record(long id, Consumer<MailMessage> change) {
        transactions.executeWithoutResult(status -> messages.findById(id).ifPresent(change));
    }

    /** Wait before attempt {@code attempts + 1}: doubling from the first retry up to the maximum, half of it random. */
    Duration backoff(int attempts) {
        long first = properties.firstRetry().toMillis();
        long capped = Math.min(properties.maxRetry().toMillis(),
                first * (1L << Math.min(Math.max(attempts - 1, 0), 30)));
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }
}
