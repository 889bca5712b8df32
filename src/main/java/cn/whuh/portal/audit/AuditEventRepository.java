package cn.whuh.portal.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Read and append only: the repository offers no update or delete. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByActionOrderByOccurredAtAsc(String action);
}
