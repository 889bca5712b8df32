package cn.whuh.portal.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Read and append only: the repository offers no update or delete. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByActionOrderByOccurredAtAsc(String action);

    List<AuditEvent> findByLeadReferenceOrderByOccurredAtAsc(String leadReference);

    @Query("""
            select e from AuditEvent e
            where (:action is null or e.action = :action)
              and (:actor is null or e.actor = :actor)
              and (:lead is null or e.leadReference = :lead)""")
    Page<AuditEvent> search(@Param("action") String action, @Param("actor") String actor, @Param("lead") String lead,
            Pageable page);
}
