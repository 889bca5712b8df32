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

    /** The ADMIN's search: each filter is optional (null = any), one page at a time. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AuditEvent> search(String action, String actor, String leadReference, Pageable page) {
        return events.search(blankToNull(action), blankToNull(actor), blankToNull(leadReference), page);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> byAction(String action) {
        return events.findByActionOrderByOccurredAtAsc(action);
    }
}
