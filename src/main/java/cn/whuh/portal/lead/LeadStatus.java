package cn.whuh.portal.lead;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a lead stands in the recruiters' workflow, and the moves allowed between the statuses:
 * NEW → CONTACT_ATTEMPTED → REACHED (→ CONSIDERING) → SCREENING_SCHEDULED → SCREENED → ENROLLED, and from any
 * active status to
 * a closed one (NOT_ELIGIBLE, NOT_INTERESTED, UNREACHABLE, WITHDRAWN, DUPLICATE) with a reason code. Attempts
 * move NEW to CONTACT_ATTEMPTED or REACHED themselves ({@link #afterAttempt}). Someone UNREACHABLE who calls
 * back can be REACHED again; an ENROLLED person can only withdraw. {@link Lead} enforces the table.
 */
public enum LeadStatus {
    NEW,
    CONTACT_ATTEMPTED,
    REACHED,
    /** Reached and thinking it over (family, travel to Wuhan): a follow-up callback is due. */
    CONSIDERING,
    SCREENING_SCHEDULED,
    SCREENED,
    ENROLLED,
    NOT_ELIGIBLE,
    NOT_INTERESTED,
    UNREACHABLE,
    WITHDRAWN,
    DUPLICATE;

    private static final Map<LeadStatus, Set<LeadStatus>> NEXT = new EnumMap<>(LeadStatus.class);
    private static final Map<LeadStatus, List<String>> REASONS = new EnumMap<>(LeadStatus.class);

    static {
        Set<LeadStatus> closed = EnumSet.copyOf(Arrays.stream(values()).filter(LeadStatus::closed).toList());
        NEXT.put(NEW, with(closed, CONTACT_ATTEMPTED, REACHED));
        NEXT.put(CONTACT_ATTEMPTED, with(closed, REACHED));
        NEXT.put(REACHED, with(closed, CONSIDERING, SCREENING_SCHEDULED));
        NEXT.put(CONSIDERING, with(closed, REACHED, SCREENING_SCHEDULED));
        NEXT.put(SCREENING_SCHEDULED, with(closed, SCREENING_SCHEDULED, REACHED, SCREENED));
        NEXT.put(SCREENED, with(closed, ENROLLED));
        NEXT.put(ENROLLED, EnumSet.of(WITHDRAWN));
        NEXT.put(UNREACHABLE, EnumSet.of(REACHED));
        for (LeadStatus end : List.of(NOT_ELIGIBLE, NOT_INTERESTED, WITHDRAWN, DUPLICATE)) {
            NEXT.put(end, EnumSet.noneOf(LeadStatus.class));
        }
        REASONS.put(NOT_ELIGIBLE, List.of("CRITERION_NOT_MET", "MEDICAL_RECORDS", "INVESTIGATOR_DECISION", "OTHER"));
        REASONS.put(NOT_INTERESTED,
                List.of("DECLINED", "TRAVEL_DISTANCE", "TIME_COMMITMENT", "FAMILY_DECISION", "OTHER"));
        REASONS.put(UNREACHABLE, List.of("NO_ANSWER", "WRONG_NUMBER", "NO_RESPONSE_TO_MESSAGES", "OTHER"));
        REASONS.put(WITHDRAWN, List.of("PATIENT_REQUEST", "CONSENT_WITHDRAWN", "MEDICAL_REASON", "OTHER"));
        REASONS.put(DUPLICATE, List.of("SAME_PERSON", "OTHER"));
    }

    private static Set<LeadStatus> with(Set<LeadStatus> base, LeadStatus... more) {
        EnumSet<LeadStatus> all = EnumSet.copyOf(base);
        all.addAll(List.of(more));
        return all;
    }

    /** The closed statuses end the work on a lead. */
    public boolean closed() {
        return switch (this) {
            case NOT_ELIGIBLE, NOT_INTERESTED, UNREACHABLE, WITHDRAWN, DUPLICATE -> true;
            default -> false;
        };
    }

    /** The statuses a lead in this status may be moved to by hand. */
    public Set<LeadStatus> next() {
        Set<LeadStatus> next = NEXT.get(this);
        return next.isEmpty() ? EnumSet.noneOf(LeadStatus.class) : EnumSet.copyOf(next);
    }

    public boolean canMoveTo(LeadStatus to) {
        return to != null && NEXT.get(this).contains(to);
    }

    /** The reason codes for closing a lead in this status; empty for the active statuses. */
    public List<String> reasons() {
        return REASONS.getOrDefault(this, List.of());
    }

    /**
     * Whether a contact attempt can be logged: every active status before enrolment, and UNREACHABLE (the person
     * may answer or call back after all).
     */
    public boolean acceptsAttempts() {
        return this == UNREACHABLE || (!closed() && this != ENROLLED);
    }

    /** Where an attempt with this result takes a lead in this status (itself when it stays). */
    public LeadStatus afterAttempt(AttemptResult result) {
        if (result == AttemptResult.REACHED && (this == NEW || this == CONTACT_ATTEMPTED || this == UNREACHABLE)) {
            return REACHED;
        }
        return result.unanswered() && this == NEW ? CONTACT_ATTEMPTED : this;
    }
}
