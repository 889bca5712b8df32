package cn.whuh.portal.staff.leads;

import static cn.whuh.portal.lead.LeadStatus.CONTACT_ATTEMPTED;
import static cn.whuh.portal.lead.LeadStatus.DUPLICATE;
import static cn.whuh.portal.lead.LeadStatus.ENROLLED;
import static cn.whuh.portal.lead.LeadStatus.NEW;
import static cn.whuh.portal.lead.LeadStatus.NOT_ELIGIBLE;
import static cn.whuh.portal.lead.LeadStatus.NOT_INTERESTED;
import static cn.whuh.portal.lead.LeadStatus.REACHED;
import static cn.whuh.portal.lead.LeadStatus.SCREENED;
import static cn.whuh.portal.lead.LeadStatus.SCREENING_SCHEDULED;
import static cn.whuh.portal.lead.LeadStatus.UNREACHABLE;
import static cn.whuh.portal.lead.LeadStatus.WITHDRAWN;

import cn.whuh.portal.lead.LeadStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recruiters' state machine: NEW → CONTACT_ATTEMPTED → REACHED → SCREENING_SCHEDULED → SCREENED →
 * ENROLLED, and from any active state to a closed state (NOT_ELIGIBLE, NOT_INTERESTED, UNREACHABLE,
 * WITHDRAWN, DUPLICATE) with a reason code. Attempts move NEW to CONTACT_ATTEMPTED or REACHED themselves.
 * Someone UNREACHABLE who calls back can be REACHED again; an ENROLLED person can only withdraw.
 */
public final class Workflow {

    /** Unanswered attempts in a row after which UNREACHABLE is suggested. */
    public static final int UNANSWERED_BEFORE_UNREACHABLE = 3;

    private static final Set<LeadStatus> CLOSED = EnumSet.copyOf(
            Arrays.stream(LeadStatus.values()).filter(LeadStatus::closed).toList());

    private static final Map<LeadStatus, Set<LeadStatus>> NEXT = Map.ofEntries(
            Map.entry(NEW, with(CLOSED, CONTACT_ATTEMPTED, REACHED)),
            Map.entry(CONTACT_ATTEMPTED, with(CLOSED, REACHED)),
            Map.entry(REACHED, with(CLOSED, SCREENING_SCHEDULED)),
            Map.entry(SCREENING_SCHEDULED, with(CLOSED, SCREENING_SCHEDULED, REACHED, SCREENED)),
            Map.entry(SCREENED, with(CLOSED, ENROLLED)),
            Map.entry(ENROLLED, EnumSet.of(WITHDRAWN)),
            Map.entry(UNREACHABLE, EnumSet.of(REACHED)),
            Map.entry(NOT_ELIGIBLE, EnumSet.noneOf(LeadStatus.class)),
            Map.entry(NOT_INTERESTED, EnumSet.noneOf(LeadStatus.class)),
            Map.entry(WITHDRAWN, EnumSet.noneOf(LeadStatus.class)),
            Map.entry(DUPLICATE, EnumSet.noneOf(LeadStatus.class)));

    private static final Map<LeadStatus, List<String>> REASONS = Map.of(
            NOT_ELIGIBLE, List.of("CRITERION_NOT_MET", "MEDICAL_RECORDS", "INVESTIGATOR_DECISION", "OTHER"),
            NOT_INTERESTED, List.of("DECLINED", "TRAVEL_DISTANCE", "TIME_COMMITMENT", "FAMILY_DECISION", "OTHER"),
            UNREACHABLE, List.of("NO_ANSWER", "WRONG_NUMBER", "NO_RESPONSE_TO_MESSAGES", "OTHER"),
            WITHDRAWN, List.of("PATIENT_REQUEST", "CONSENT_WITHDRAWN", "MEDICAL_REASON", "OTHER"),
            DUPLICATE, List.of("SAME_PERSON", "OTHER"));

    private Workflow() {
    }

    private static Set<LeadStatus> with(Set<LeadStatus> base, LeadStatus... more) {
        EnumSet<LeadStatus> all = EnumSet.copyOf(base);
        all.addAll(List.of(more));
        return all;
    }

    /** The statuses a lead in {@code from} may be moved to by hand. */
    public static Set<LeadStatus> next(LeadStatus from) {
        return NEXT.get(from);
    }

    public static boolean allowed(LeadStatus from, LeadStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** The reason codes for closing a lead in this status; empty for the active statuses. */
    public static List<String> reasons(LeadStatus closed) {
        return REASONS.getOrDefault(closed, List.of());
    }
}
