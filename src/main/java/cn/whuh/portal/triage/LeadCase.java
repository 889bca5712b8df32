package cn.whuh.portal.triage;

import cn.whuh.portal.audit.AuditEvent;
import cn.whuh.portal.lead.Lead;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the lead page shows about one lead, read in one go.
 *
 * @param lead the lead with its consents and history loaded
 * @param audit the audit records about this lead, oldest first
 * @param duplicates other leads with the same normalised phone number or e-mail
 * @param suggestedRecontact the latest future date from which the pre-screen said the person may qualify
 */
public record LeadCase(Lead lead, List<AuditEvent> audit, List<Duplicate> duplicates, LocalDate suggestedRecontact) {

    /** Another lead that looks like the same person. */
    public record Duplicate(String reference, String status) {
    }
}
