package cn.whuh.portal.audit;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The ADMIN's audit search. Every part is optional (null or blank = any); the actor matches the start of a user
 * name ({@code rec} finds {@code recruiter-1}); the dates are whole days in the given zone (the site's, as the
 * audit view shows times), both included.
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

    /** The actor as a LIKE pattern for "starts with", its own {@code %}, {@code _} and {@code !} escaped; null for any. */
    public String actorPattern() {
        return actor == null ? null : actor.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
