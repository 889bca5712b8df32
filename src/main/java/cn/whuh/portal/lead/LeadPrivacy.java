package cn.whuh.portal.lead;

import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.prescreen.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a lead keeps about its personal data's life (docs/patient-door.md): when it was last closed (the
 * retention clock), when and why its personal data was erased, the hash of the personal link's token, and when
 * the re-check invitation went out. Part of {@link Lead}, changed only by it.
 */
@Embeddable
public class LeadPrivacy {

    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "erased_at")
    private Instant erasedAt;
    @Column(name = "erasure_reason", length = 200)
    private String erasureReason;
    /** The SHA-256 of the personal link's token ({@link PersonalLink}, V51). */
    @Column(name = "access_token_sha256", length = 64, updatable = false)
    private String accessTokenSha256;

    /** When the re-check invitation was written (V53), or null. */
    @Column(name = "recheck_invited_at")
    private Instant recheckInvitedAt;

    void recheckInvited(Instant now) {
        recheckInvitedAt = now;
    }

    /** When the re-check invitation was written to the outbox, or null. */
    public Instant recheckInvitedAt() {
        return recheckInvitedAt;
    }

    void personalLink(String tokenSha256) {
        accessTokenSha256 = tokenSha256;
    }

    /** The lead moved to {@code status} at {@code now}: the retention clock starts when it is closed. */
    void statusNow(LeadStatus status, Instant now) {
        closedAt = status.closed() ? now : null;
    }

    void erased(String reason, Instant now) {
        erasedAt = now;
        erasureReason = reason;
    }

    /**
     * The day (site time) from which the personal data is due for erasure: closed leads some time after closing
     * (WITHDRAWN has its own period), ruled-out leads kept for future studies some time after they came; empty
     * for leads being worked on or enrolled, and once erased.
     */
    Optional<LocalDate> erasureDue(LeadStatus status, Outcome outcome, Instant createdAt, Retention retention) {
        if (erasedAt != null) {
            return Optional.empty();
        }
        if (status.closed()) {
            LocalDate closed = day(closedAt == null ? createdAt : closedAt);
            return Optional.of(closed.plus(status == LeadStatus.WITHDRAWN ? retention.withdrawn() : retention.closed()));
        }
        if (!outcome.qualified() && status != LeadStatus.ENROLLED) {
            return Optional.of(day(createdAt).plus(retention.ruledOut()));
        }
        return Optional.empty();
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ClockConfig.SITE_ZONE).toLocalDate();
    }

    /** When the lead was last closed, or null while it is active. */
    public Instant closedAt() {
        return closedAt;
    }

    /** When the personal data was erased, or null. */
    public Instant erasedAt() {
        return erasedAt;
    }

    /** Why: {@link Lead#WITHDRAWAL}, {@link Lead#RETENTION} or an ADMIN's words; null until erased. */
    public String erasureReason() {
        return erasureReason;
    }
}
