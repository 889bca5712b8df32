package cn.whuh.portal.lead;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    /** The lead of a personal link (by the SHA-256 of its token, {@link PersonalLink}). */
    Optional<Lead> findByPrivacyAccessTokenSha256(String sha256);

    /** As {@link #findByPrivacyAccessTokenSha256}, with the row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Lead l where l.privacy.accessTokenSha256 = :sha256")
    Optional<Lead> lockByAccessToken(String sha256);
}
