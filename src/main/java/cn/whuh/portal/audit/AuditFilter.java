package cn.whuh.portal.audit;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The ADMIN's audit search. Every part is optional (null or blank = any); the dates are whole days in the
 * given zone (the site's, as the audit view shows times), both included.
 */
public record AuditFilter(String action, String actor, String leadReference, LocalDate from, LocalDate to,
        ZoneId zone) {

    /** Refuses a range that ends before it starts. */
    public AuditFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
        action = blankToNull(action);
        actor = blankToNull(actor);
        leadReference = blankToNull(leadReference);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
