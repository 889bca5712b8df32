package cn.whuh.portal.staff.leads;

import cn.whuh.portal.audit.AuditEvent;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the lead page shows about one lead, read in one go.
 *
 * @param lead the lead with its consents loaded
 * @param events attempts, status changes, notes and assignments, oldest first
 * @param audit the audit records about this lead, oldest first
 * @param duplicates other leads with the same normalised phone number or e-mail
 * @param unansweredInARow unanswered attempts since the last time the person was reached
 * @param suggestedRecontact the latest date named in the evaluation's reasons (e.g. when a waiting time is over)
 */
public record LeadCase(Lead lead, List<LeadEvent> events, List<AuditEvent> audit, List<Duplicate> duplicates,
        int unansweredInARow, LocalDate suggestedRecontact) {

    /** Another lead that looks like the same person. */
    public record Duplicate(String reference, String status) {
    }

    public boolean suggestUnreachable() {
        return unansweredInARow >= Workflow.UNANSWERED_BEFORE_UNREACHABLE
                && Workflow.allowed(lead.getStatus(), LeadStatus.UNREACHABLE);
    }
}
