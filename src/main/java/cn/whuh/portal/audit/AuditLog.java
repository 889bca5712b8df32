package cn.whuh.portal.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appends audit records. Details must never hold personal or health data, only references and codes. */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    public AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public AuditEvent record(String actor, String action, String leadReference, String detail) {
        return events.save(new AuditEvent(Instant.now(clock), actor, action, leadReference, detail));
    }

    /** Everything recorded about one lead, oldest first (shown on the lead page). */
    @PreAuthorize("hasRole('RECRUITER')")
    @Transactional(readOnly = true)
    public List<AuditEvent> forLead(String leadReference) {
        return events.findByLeadReferenceOrderByOccurredAtAsc(leadReference);
    }

    /** The ADMIN's search, one page at a time. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditFilter filter, Pageable page) {
        Instant from = filter.from() == null ? null : filter.from().atStartOfDay(filter.zone()).toInstant();
        Instant until = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(filter.zone()).toInstant();
        return events.search(filter.action(), filter.actorPattern(), filter.leadReference(), from, until, page);
    }

    /** Every action recorded so far, for the search's choice list. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return events.findActions();
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> byAction(String action) {
        return events.findByActionOrderByOccurredAtAsc(action);
    }
}
