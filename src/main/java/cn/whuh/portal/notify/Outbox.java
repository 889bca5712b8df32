package cn.whuh.portal.notify;

import cn.whuh.portal.base.config.PortalProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox: stores rendered mail in the caller's transaction, so a message exists exactly when
 * what caused it was committed. Without a configured SMTP server messages are stored as KEPT (readable in the
 * outbox view, never sent); otherwise as PENDING for the {@link OutboxDispatcher}.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final MailMessageRepository messages;
    private final Map<Channel, OutboxChannel> channels = new EnumMap<>(Channel.class);
    private final Clock clock;
    private final String messageIdDomain;

    Outbox(MailMessageRepository messages, List<OutboxChannel> channels, Clock clock, PortalProperties portal) {
        this.messages = messages;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.clock = clock;
        String host = URI.create(portal.baseUrl()).getHost();
        this.messageIdDomain = host == null || host.isBlank() ? "portal.invalid" : host;
    }

    /**
     * True when messages of this channel are sent: an SMTP server ({@code spring.mail.host}) or an SMS provider
     * ({@code PORTAL_SMS_PROVIDER}) is configured; false: they are only kept.
     */
    public boolean sending(Channel channel) {
        return channels.get(channel).sending();
    }

    /**
     * Stores a group of messages, one per mail, in the current transaction (or a new one), unless the group
     * {@code dedupKey} was written before; {@code render} is only called when it was not. The first message
     * carries {@code dedupKey}, the others {@code dedupKey#2}, {@code dedupKey#3}, … so a second writer of the
     * same group at the same time fails on the first (the database refuses a second key).
     *
     * @return true when this call stored the group
     */
    @Transactional
    public boolean addOnce(MailKind kind, String leadReference, String dedupKey, Supplier<List<Mail>> render) {
        if (messages.existsByDedupKey(dedupKey)) {
            return false;
        }
        List<Mail> mails = render.get();
        for (int i = 0; i < mails.size(); i++) {
            String key = i == 0 ? dedupKey : dedupKey + "#" + (i + 1);
            Mail mail = mails.get(i);
            store(Channel.MAIL, (status, now) -> MailMessage.mail("<" + UUID.randomUUID() + "@" + messageIdDomain
                    + ">", key, kind, leadReference, mail, status, now));
        }
        return true;
    }

    /**
     * Stores one SMS in the current transaction (or a new one), unless {@code dedupKey} was written before, the
     * same way as {@link #addOnce}; {@code render} is only called when it was not.
     *
     * @return true when this call stored it
     */
    @Transactional
    public boolean addSmsOnce(MailKind kind, String leadReference, String dedupKey, Supplier<Sms> render) {
        if (messages.existsByDedupKey(dedupKey)) {
            return false;
        }
        Sms sms = render.get();
        store(Channel.SMS, (status, now) -> MailMessage.sms(UUID.randomUUID().toString(), dedupKey, kind,
                leadReference, sms, status, now));
        return true;
    }

    private void store(Channel channel, BiFunction<MailStatus, Instant, MailMessage> message) {
        MailStatus status = sending(channel) ? MailStatus.PENDING : MailStatus.KEPT;
        MailMessage stored = messages.save(message.apply(status, Instant.now(clock)));
        log.info("{} {} ({}) stored as {}", channel, stored.getId(), stored.getKind(), status);
    }

    /** An ADMIN's retry of a DEAD message, or of a PENDING one that should go now; false if not possible. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean retry(long id) {
        Optional<MailMessage> found = messages.findById(id);
        if (found.isEmpty() || !sending(found.get().getChannel()) || !retryable(found.get().getStatus())
                || found.get().getRecipient() == null) {
            return false;
        }
        found.get().retry(Instant.now(clock));
        log.info("{} {} put back for sending", found.get().getChannel(), id);
        return true;
    }

    public static boolean retryable(MailStatus status) {
        return status == MailStatus.DEAD || status == MailStatus.PENDING;
    }

    /**
     * How many messages are DEAD: never delivered after their last attempt, or interrupted while sending (a crash)
     * and not sent again, so that nobody gets a mail twice ({@code docs/notify.md}); each waits for an ADMIN.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long deadCount() {
        return messages.countByStatus(MailStatus.DEAD);
    }

    /** The newest messages first, all or of one status. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<MailMessage> latest(MailStatus status, int max) {
        return status == null ? messages.findByOrderByIdDesc(Limit.of(max))
                : messages.findByStatusOrderByIdDesc(status, Limit.of(max));
    }
}
