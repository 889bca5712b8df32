package cn.whuh.portal.lead;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A status change asked for by a recruiter.
 *
 * @param to the new status
 * @param reasonCode required for a closed status, one of {@link LeadStatus#reasons}
 * @param note required for a closed status, optional otherwise
 * @param screeningAt required for SCREENING_SCHEDULED: date and time in the site's time zone
 * @param recontactDate optional: when to contact the person again (people who may qualify later)
 * @param followUpAt required for CONSIDERING: when to call again, in the site's time zone
 */
public record StatusChange(LeadStatus to, String reasonCode, String note, LocalDateTime screeningAt,
        LocalDate recontactDate, LocalDateTime followUpAt) {

    /** A change that needs no follow-up time. */
    public StatusChange(LeadStatus to, String reasonCode, String note, LocalDateTime screeningAt,
            LocalDate recontactDate) {
        this(to, reasonCode, note, screeningAt, recontactDate, null);
    }
}
