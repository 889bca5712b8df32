package cn.whuh.portal.audit;

import java.time.Instant;
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

    /**
     * Each filter may be null (any); {@code actorPrefix} matches the start of the user name (a LIKE pattern with
     * its wildcards escaped, see {@link AuditFilter#actorPattern()}); {@code from} is included, {@code until} is not.
     */
    @Query("""
            select e from AuditEvent e
            where (:action is null or e.action = :action)
              and (:actor is null or e.actor like :actor escape '!')
              and (:lead is null or e.leadReference = :lead)
              and (:from is null or e.occurredAt >= :from)
              and (:until is null or e.occurredAt < :until)""")
    Page<AuditEvent> search(@Param("action") String action, @Param("actor") String actor, @Param("lead") String lead,
            @Param("from") Instant from, @Param("until") Instant until, Pageable page);

    @Query("select distinct e.action from AuditEvent e order by e.action")
    List<String> findActions();
}
