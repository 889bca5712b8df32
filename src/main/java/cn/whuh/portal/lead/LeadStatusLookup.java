package cn.whuh.portal.lead;

import cn.whuh.portal.audit.AuditLog;
import cn.whuh.portal.prescreen.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a lead stands, for signed-in staff (any role) behind the {@code Location} the lead API answers with:
 * reference, outcome, status and time of receipt, never contact details or answers. Each look is audited as
 * {@code LEAD_VIEWED} with detail {@code api}, so it shows on the lead's timeline like a view of its page.
 */
@Service
public class LeadStatusLookup {

    public static final String VIEWED = "LEAD_VIEWED";
    public static final String VIA_API = "api";

    /** A lead as the API shows it to staff. */
    public record LeadStatusSummary(String reference, Outcome outcome, LeadStatus status, Instant receivedAt,
            LocalDate recheckFrom) {
    }

    private final LeadRepository leads;
    private final AuditLog auditLog;
    private final Clock clock;

    LeadStatusLookup(LeadRepository leads, AuditLog auditLog, Clock clock) {
        this.leads = leads;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The lead of the study with this reference (audited), or empty when there is none. */
    @PreAuthorize("hasRole('RECRUITER')")
    @Transactional
    public Optional<LeadStatusSummary> find(String nctId, String reference) {
        Optional<LeadStatusSummary> found = leads.findByReference(reference)
                .filter(lead -> lead.getNctId().equals(nctId))
                .map(lead -> new LeadStatusSummary(lead.getReference().value(), lead.getOutcome(), lead.getStatus(),
                        lead.getCreatedAt(), lead.recheckFrom(LocalDate.now(clock)).orElse(null)));
        found.ifPresent(lead -> auditLog.record(SecurityContextHolder.getContext().getAuthentication().getName(),
                VIEWED, lead.reference(), VIA_API));
        return found;
    }
}
