package cn.whuh.portal.audit;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records each start of the portal, so the audit trail shows when the system was (re)started. */
@Component
class StartupAudit {

    static final String ACTION = "SYSTEM_STARTED";
    private final AuditLog auditLog;

    StartupAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        auditLog.record("system", ACTION, null, null);
    }
}
