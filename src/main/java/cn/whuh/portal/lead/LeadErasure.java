package cn.whuh.portal.lead;

import cn.whuh.portal.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasing a lead's personal data by hand: an ADMIN's "erase now", with a reason (docs/patient-door.md). The lead
 * does the erasing ({@link Lead#erasePersonalData}); this locks its row, audits it as {@code LEAD_ERASED} (the
 * reason is not repeated in the audit) and publishes {@link LeadErased}.
 */
@Service
public class LeadErasure {

    public static final String ERASED = "LEAD_ERASED";

    private final LeadRepository leads;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadErasure(LeadRepository leads, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.leads = leads;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** Erases the lead's personal data at once; refused when it is already erased or the reason is missing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void eraseNow(String reference, String reason) {
        Lead lead = leads.lockByReference(Reference.of(reference).value())
                .orElseThrow(() -> new LeadRefusedException("notFound", null));
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        erase(lead, actor, reason, "by=admin");
    }

    /** Erases a locked lead, audits it with {@code detail} and tells the listeners (in the same transaction). */
    void erase(Lead lead, String actor, String reason, String detail) {
        Instant now = Instant.now(clock);
        lead.erasePersonalData(actor, reason, now);
        erased(lead, actor, detail, new LeadErased(lead.getReference().value(), lead.getNctId(), now));
    }

    /** Audits the erasure of {@code lead} with {@code detail} and publishes {@code event}. */
    void erased(Lead lead, String actor, String detail, LeadErased event) {
        auditLog.record(actor, ERASED, lead.getReference().value(), detail);
        events.publishEvent(event);
    }
}
