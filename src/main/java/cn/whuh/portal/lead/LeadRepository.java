package cn.whuh.portal.lead;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface LeadRepository extends JpaRepository<Lead, Long>, JpaSpecificationExecutor<Lead> {

    Optional<Lead> findByReference(String reference);

    Optional<Lead> findByIdempotencyKey(String idempotencyKey);

    boolean existsByReference(String reference);
}
