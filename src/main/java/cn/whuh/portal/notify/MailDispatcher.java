package cn.whuh.portal.notify;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox messages with Spring Mail. Each message is claimed in its own short transaction (row lock
 * with {@code SKIP LOCKED}, then status SENDING), so any number of portal instances can share one database;
 * it is then sent outside any transaction and its outcome recorded. A failure schedules the next attempt with
 * exponential backoff and jitter, until the last attempt marks it DEAD (at once for an address that cannot be
 * parsed: it never will be). A message the server accepted is SENT
 * and never sent again; one left SENDING by a stopped instance may have been accepted, so it becomes DEAD for
 * an ADMIN to check and retry rather than being sent a second time automatically.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"',;:]+@[^\\s<>\"',;]+");
    static final String INTERRUPTED = "Interrupted while sending: it may have been delivered. Check before retrying.";

    private final MailMessageRepository messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transactions;
    private final TaskScheduler scheduler;
    private final NotifyProperties properties;
    private final Clock clock;

    MailDispatcher(MailMessageRepository messages, ObjectProvider<JavaMailSender> mailSender,
            TransactionTemplate transactions, TaskScheduler scheduler, NotifyProperties properties, Clock clock) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.scheduler = scheduler;
        this.properties = properties;
        this.clock = clock;
    }

    /** Asks for a run as soon as possible, e.g. after a transaction that added mail committed. */
    public void nudge() {
        scheduler.schedule(this::dispatch, Instant.now());
    }

    /** One run: sends due messages until none is left, the batch is full, or the server fails. */
    @Scheduled(fixedDelayString = "${portal.notify.dispatch-interval}")
    public void dispatch() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        recoverInterrupted();
        for (int sent = 0; sent < properties.batchSize(); sent++) {
            Optional<MailMessage> claimed = claimNext();
            if (claimed.isEmpty() || !send(sender, claimed.get())) {
                return;
            }
        }
    }

    private void recoverInterrupted() {
        Instant now = Instant.now(clock);
        Integer interrupted = transactions.execute(
                status -> messages.markInterrupted(now.minus(properties.sendingLease()), INTERRUPTED, now));
        if (interrupted != null && interrupted > 0) {
            log.warn("{} mail message(s) were interrupted while sending and are now DEAD", interrupted);
        }
    }

    private Optional<MailMessage> claimNext() {
        return transactions.execute(status -> {
            Instant now = Instant.now(clock);
            Optional<MailMessage> next = messages.lockNextDue(now);
            next.ifPresent(message -> message.claim(now));
            return next;
        });
    }

    /** Sends one claimed message and records the outcome; false when it failed. */
    private boolean send(JavaMailSender sender, MailMessage message) {
        try {
            sender.send(toMime(sender, message));
        } catch (Exception e) {
            String error = describe(e);
            boolean last = message.getAttempts() >= properties.maxAttempts() || e instanceof AddressException;
            Instant next = last ? null : Instant.now(clock).plus(backoff(message.getAttempts()));
            record(message.getId(), m -> m.failed(error, next, Instant.now(clock)));
            log.warn("Mail {} ({}) attempt {} failed: {}{}", message.getId(), message.getKind(),
                    message.getAttempts(), error, next == null ? "; DEAD" : "");
            return false;
        }
        record(message.getId(), m -> m.sent(Instant.now(clock)));
        log.info("Mail {} ({}) sent", message.getId(), message.getKind());
        return true;
    }

    private void record(long id, Consumer<MailMessage> change) {
        transactions.executeWithoutResult(status -> messages.findById(id).ifPresent(change));
    }

    private MimeMessage toMime(JavaMailSender sender, MailMessage message) throws Exception {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        helper.setText(message.getTextBody(), message.getHtmlBody());
        // kept by JavaMailSenderImpl when it saves the message: every attempt carries the same Message-ID
        mime.setHeader("Message-ID", message.getMessageId());
        return mime;
    }

    /** Wait before attempt {@code attempts + 1}: doubling from the first retry up to the maximum, half of it random. */
    Duration backoff(int attempts) {
        long first = properties.firstRetry().toMillis();
        long capped = Math.min(properties.maxRetry().toMillis(),
                first * (1L << Math.min(Math.max(attempts - 1, 0), 30)));
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    /** What went wrong, without addresses: the SMTP reply or the network error, at most 500 characters. */
    static String describe(Exception e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        text = ADDRESS.matcher(text).replaceAll("<address>").replaceAll("\\s+", " ").trim();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
