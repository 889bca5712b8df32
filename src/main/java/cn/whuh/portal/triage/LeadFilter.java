package cn.whuh.portal.triage;

import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.prescreen.Outcome;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the queue shows. Every part is optional.
 *
 * @param scope which statuses: {@link Scope#OPEN} (default: still being worked on), {@link Scope#ALL}, or exactly
 *     {@code status} when {@link Scope#STATUS}
 * @param status the one status shown when the scope is {@link Scope#STATUS}
 * @param outcome only this pre-screen outcome, or null for any
 * @param assignment everyone's, mine, or unassigned
 * @param overdueOnly only leads past their next action date or untouched for 48 hours
 * @param text part of the reference, name or phone number
 */
public record LeadFilter(Scope scope, LeadStatus status, Outcome outcome, Assignment assignment, boolean overdueOnly,
        String text) {

    public enum Scope { OPEN, ALL, STATUS }

    public enum Assignment { ANY, MINE, UNASSIGNED }

    public static final LeadFilter DEFAULT = new LeadFilter(Scope.OPEN, null, null, Assignment.ANY, false, null);

    /** The filter as URL query parameters (for the CSV export link). */
    public String toQuery() {
        StringBuilder q = new StringBuilder("scope=").append(scope);
        if (status != null) {
            q.append("&status=").append(status);
        }
        if (outcome != null) {
            q.append("&outcome=").append(outcome);
        }
        q.append("&assignment=").append(assignment);
        if (overdueOnly) {
            q.append("&overdue=true");
        }
        if (text != null && !text.isBlank()) {
            q.append("&text=").append(URLEncoder.encode(text.strip(), StandardCharsets.UTF_8));
        }
        return q.toString();
    }

    /** Reads {@link #toQuery()} back; anything unknown is refused with IllegalArgumentException. */
    public static LeadFilter fromQuery(String scope, String status, String outcome, String assignment, boolean overdue,
            String text) {
        Scope s = scope == null ? Scope.OPEN : Scope.valueOf(scope);
        LeadStatus st = status == null || status.isBlank() ? null : LeadStatus.valueOf(status);
        if (s == Scope.STATUS && st == null) {
            throw new IllegalArgumentException("status missing");
        }
        return new LeadFilter(s, st, outcome == null || outcome.isBlank() ? null : Outcome.valueOf(outcome),
                assignment == null ? Assignment.ANY : Assignment.valueOf(assignment), overdue, text);
    }
}
