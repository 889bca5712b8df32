package cn.whuh.portal.triage;

import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.prescreen.Outcome;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * What the queue shows. Every part is optional. It travels as URL query parameters ({@link #toQuery},
 * {@link #fromQuery}): the queue's address, its bookmarks and the CSV export link carry it.
 *
 * @param scope which leads: {@link Scope#OPEN} (default: still being worked on), {@link Scope#ALL}, exactly
 *     {@code status} when {@link Scope#STATUS}, or the ruled-out people kept for future studies,
 *     {@link Scope#FUTURE}; OPEN and STATUS leave those out unless {@code outcome} asks for them
 * @param status the one status shown when the scope is {@link Scope#STATUS}
 * @param outcome only this pre-screen outcome, or null for any
 * @param assignment everyone's, mine, or unassigned
 * @param due only leads whose next action is due today, overdue, or either
 * @param attempts only leads with exactly this many contact attempts, or with at least
 *     {@link Lead#UNANSWERED_BEFORE_UNREACHABLE} when it is that number; null for any
 * @param text part of the reference, name or phone number
 */
public record LeadFilter(Scope scope, LeadStatus status, Outcome outcome, Assignment assignment, Due due,
        Integer attempts, String text) {

    /** Which leads: the active queue (OPEN, or one STATUS), ALL, or the FUTURE studies list. */
    public enum Scope {
        /** Still being worked on, qualified leads only (the active queue). */
        OPEN,
        /** Every lead, whatever its status or outcome. */
        ALL,
        /** One status, qualified leads only. */
        STATUS,
        /** Ruled out (NOT_ELIGIBLE), kept only to hear about future studies: their own list. */
        FUTURE
    }

    public enum Assignment { ANY, MINE, UNASSIGNED }

    /** When the lead's next action (its callback, a screening visit, or a first call) falls. */
    public enum Due {
        ANY,
        /** Due today or already overdue: what needs doing now. */
        NOW,
        /** A callback or visit today (Beijing day). */
        TODAY,
        /** Past its callback or next action, or NEW and untouched for 48 hours. */
        OVERDUE
    }

    public static final LeadFilter DEFAULT = new LeadFilter(Scope.OPEN, null, null, Assignment.ANY, Due.ANY, null,
            null);

    public LeadFilter {
        scope = scope == null ? Scope.OPEN : scope;
        assignment = assignment == null ? Assignment.ANY : assignment;
        due = due == null ? Due.ANY : due;
        if (attempts != null && (attempts < 0 || attempts > Lead.UNANSWERED_BEFORE_UNREACHABLE)) {
            throw new IllegalArgumentException("attempts out of range");
        }
    }

    /** The filter of the queue before due and attempts existed: {@code overdueOnly} is {@link Due#OVERDUE}. */
    public LeadFilter(Scope scope, LeadStatus status, Outcome outcome, Assignment assignment, boolean overdueOnly,
            String text) {
        this(scope, status, outcome, assignment, overdueOnly ? Due.OVERDUE : Due.ANY, null, text);
    }

    /** The same filter without its search text. */
    public LeadFilter withoutText() {
        return new LeadFilter(scope, status, outcome, assignment, due, attempts, null);
    }

    /** The filter as URL query parameters, leaving out what is the default (the default filter is ""). */
    public String toQuery() {
        StringBuilder q = new StringBuilder();
        if (scope != Scope.OPEN) {
            append(q, "scope", scope.name());
        }
        if (status != null) {
            append(q, "status", status.name());
        }
        if (outcome != null) {
            append(q, "outcome", outcome.name());
        }
        if (assignment != Assignment.ANY) {
            append(q, "assignment", assignment.name());
        }
        if (due != Due.ANY) {
            append(q, "due", due.name());
        }
        if (attempts != null) {
            append(q, "attempts", attempts.toString());
        }
        if (text != null && !text.isBlank()) {
            // %20, not "+", for spaces: the page's router reads "+" as itself, and "+86 138…" means a plus
            append(q, "text", URLEncoder.encode(text.strip(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        q.append(q.isEmpty() ? "" : "&").append(name).append('=').append(value);
    }

    /**
     * Reads {@link #toQuery()} back from the (decoded) query parameters; {@code overdue=true}, the older export
     * link, means {@code due=OVERDUE}. Anything unknown is refused with IllegalArgumentException.
     */
    public static LeadFilter fromQuery(UnaryOperator<String> parameter) {
        String scope = blankToNull(parameter.apply("scope"));
        String status = blankToNull(parameter.apply("status"));
        String outcome = blankToNull(parameter.apply("outcome"));
        String assignment = blankToNull(parameter.apply("assignment"));
        String due = blankToNull(parameter.apply("due"));
        String attempts = blankToNull(parameter.apply("attempts"));
        Scope s = scope == null ? (status == null ? Scope.OPEN : Scope.STATUS) : Scope.valueOf(scope);
        LeadStatus st = s == Scope.STATUS && status != null ? LeadStatus.valueOf(status) : null;
        if (s == Scope.STATUS && st == null) {
            throw new IllegalArgumentException("status missing");
        }
        Due d = due != null ? Due.valueOf(due)
                : "true".equals(parameter.apply("overdue")) ? Due.OVERDUE : Due.ANY;
        Integer tries;
        try {
            tries = attempts == null ? null : Integer.valueOf(attempts);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("attempts not a number", e);
        }
        return new LeadFilter(s, st, outcome == null ? null : Outcome.valueOf(outcome),
                assignment == null ? Assignment.ANY : Assignment.valueOf(assignment), d, tries,
                blankToNull(parameter.apply("text")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
