package cn.whuh.portal.notify;

import cn.whuh.portal.base.config.PortalProperties;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox: stores rendered mail in the caller's transaction, so a message exists exactly when
 * what caused it was committed. Without a configured SMTP server messages are stored as KEPT (readable in the
 * outbox view, never sent); otherwise as PENDING for the {@link MailDispatcher}.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final MailMessageRepository messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final String messageIdDomain;

    public Outbox(MailMessageRepository messages, ObjectProvider<JavaMailSender> mailSender, Clock clock,
            PortalProperties portal) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.clock = clock;
        String host = URI.create(portal.baseUrl()).getHost();
        this.messageIdDomain = host == null || host.isBlank() ? "portal.invalid" : host;
    }

    /** True when an SMTP server is configured ({@code spring.mail.host}); false: mail is only kept. */
    public boolean sending() {
        return mailSender.getIfAvailable() != null;
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
            add(kind, leadReference, i == 0 ? dedupKey : dedupKey + "#" + (i + 1), mails.get(i));
        }
        return true;
    }

    private void add(MailKind kind, String leadReference, String dedupKey, Mail mail) {
        MailStatus status = sending() ? MailStatus.PENDING : MailStatus.KEPT;
        String messageId = "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
        MailMessage message = messages.save(
                new MailMessage(messageId, dedupKey, kind, leadReference, mail, status, Instant.now(clock)));
        log.info("Mail {} ({}) stored as {}", message.getId(), kind, status);
    }

    /** An ADMIN's retry of a DEAD message, or of a PENDING one that should go now; false if not possible. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean retry(long id) {
        Optional<MailMessage> found = messages.findById(id);
        if (!sending() || found.isEmpty() || !retryable(found.get().getStatus())) {
            return false;
        }
        found.get().retry(Instant.now(clock));
        log.info("Mail {} put back for sending", id);
        return true;
    }

    public static boolean retryable(MailStatus status) {
        return status == MailStatus.DEAD || status == MailStatus.PENDING;
    }

    /** The newest messages first, all or of one status. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<MailMessage> latest(MailStatus status, int max) {
        return status == null ? messages.findByOrderByIdDesc(Limit.of(max))
                : messages.findByStatusOrderByIdDesc(status, Limit.of(max));
    }
}
