package cn.whuh.portal.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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

    @Transactional(readOnly = true)
    public List<AuditEvent> byAction(String action) {
        return events.findByActionOrderByOccurredAtAsc(action);
    }
}
