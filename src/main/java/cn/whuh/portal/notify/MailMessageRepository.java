package cn.whuh.portal.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

    /**
     * Locks the oldest due PENDING message of a channel ({@link Channel} name), skipping rows another instance has
     * locked, so two instances never claim the same message (MariaDB 10.6+ {@code SKIP LOCKED}).
     */
    @Query(value = """
            SELECT * FROM mail_message
            WHERE channel = :channel AND status = 'PENDING' AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id
            LIMIT 1
            FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    Optional<MailMessage> lockNextDue(String channel, Instant now);

    /** Messages left SENDING by an instance that stopped mid-send: the server may have accepted them. */
    @Modifying
    @Query("""
            update MailMessage m set m.status = cn.whuh.portal.notify.MailStatus.DEAD, m.lastError = :error,
                m.updatedAt = :now, m.version = m.version + 1
            where m.status = cn.whuh.portal.notify.MailStatus.SENDING and m.claimedAt < :claimedBefore""")
    int markInterrupted(Instant claimedBefore, String error, Instant now);

    /**
     * A lead's personal data was erased: its messages not yet handed to the mail server are CANCELLED. A bulk
     * update, so that a dispatcher sending one of them meanwhile cannot make the erasure fail.
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update MailMessage m set m.status = cn.whuh.portal.notify.MailStatus.CANCELLED, m.updatedAt = :now,
                m.version = m.version + 1
            where m.leadReference = :reference and m.status in (cn.whuh.portal.notify.MailStatus.PENDING,
                cn.whuh.portal.notify.MailStatus.KEPT, cn.whuh.portal.notify.MailStatus.DEAD)""")
    int cancelForLead(String reference, Instant now);

    /** ... and every message of the lead loses its recipient and bodies. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update MailMessage m set m.recipient = null, m.htmlBody = null, m.textBody = null, m.templateParams = null,
                m.updatedAt = :now,
                m.version = m.version + 1
            where m.leadReference = :reference""")
    int emptyForLead(String reference, Instant now);

    boolean existsByDedupKey(String dedupKey);

    Optional<MailMessage> findByDedupKey(String dedupKey);

    List<MailMessage> findByLeadReferenceOrderByIdAsc(String leadReference);

    List<MailMessage> findByLeadReferenceAndChannelOrderByIdAsc(String leadReference, Channel channel);

    List<MailMessage> findByOrderByIdDesc(Limit limit);

    List<MailMessage> findByStatusOrderByIdDesc(MailStatus status, Limit limit);

    long countByStatus(MailStatus status);
}
