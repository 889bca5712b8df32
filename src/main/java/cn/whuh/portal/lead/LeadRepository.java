package cn.whuh.portal.lead;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface LeadRepository extends JpaRepository<Lead, Long>, JpaSpecificationExecutor<Lead> {

    Optional<Lead> findByReference(String reference);

    Optional<Lead> findByIdempotencyKey(String idempotencyKey);

    /** The leads of a study for an E.164 phone received after {@code after}, latest first. */
    List<Lead> findByNctIdAndContactPhoneAndCreatedAtAfterOrderByCreatedAtDesc(String nctId, String phone,
            Instant after);

    boolean existsByReference(String reference);

    /** The lead with its row locked until the transaction ends (one change at a time, across instances). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Lead l where l.reference = :reference")
    Optional<Lead> lockByReference(String reference);

    /**
     * Ids after {@code afterId} of leads not erased that may be due for erasure ({@link RetentionJob}): closed
     * (WITHDRAWN by its own period) before the cutoffs, or ruled out, still open and received before the cutoff.
     */
    @Query("""
            select l.id from Lead l where l.id > :afterId and l.privacy.erasedAt is null and (
                (l.status in (cn.whuh.portal.lead.LeadStatus.NOT_ELIGIBLE, cn.whuh.portal.lead.LeadStatus.NOT_INTERESTED,
                    cn.whuh.portal.lead.LeadStatus.UNREACHABLE, cn.whuh.portal.lead.LeadStatus.DUPLICATE)
                    and l.privacy.closedAt < :closedBefore)
                or (l.status = cn.whuh.portal.lead.LeadStatus.WITHDRAWN and l.privacy.closedAt < :withdrawnBefore)
                or (l.outcome = :ruledOut and l.privacy.closedAt is null
                    and l.status <> cn.whuh.portal.lead.LeadStatus.ENROLLED and l.createdAt < :ruledOutBefore))
            order by l.id""")
    List<Long> findDueForErasure(long afterId, Instant closedBefore, Instant withdrawnBefore, Instant ruledOutBefore,
            cn.whuh.portal.prescreen.Outcome ruledOut, Limit limit);

    /**
     * Ids after {@code afterId} of leads whose re-check date has come and who were not invited yet (the lead
     * decides whether one is planned: consent, status, an e-mail or a Chinese mobile number).
     */
    @Query("""
            select l.id from Lead l where l.id > :afterId and l.recheckFrom <= :today
                and l.privacy.recheckInvitedAt is null and l.privacy.erasedAt is null
            order by l.id""")
    List<Long> findRecheckDue(long afterId, LocalDate today, Limit limit);

    /** The lead, locked for this transaction, unless it is erased or another transaction holds it. */
    @Query(value = "SELECT * FROM leads WHERE id = :id AND erased_at IS NULL FOR UPDATE SKIP LOCKED",
            nativeQuery = true)
    Optional<Lead> lockNotErased(long id);

    /** The lead of a personal link (by the SHA-256 of its token, {@link PersonalLink}). */
    Optional<Lead> findByPrivacyAccessTokenSha256(String sha256);

    /** As {@link #findByPrivacyAccessTokenSha256}, with the row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Lead l where l.privacy.accessTokenSha256 = :sha256")
    Optional<Lead> lockByAccessToken(String sha256);
}
