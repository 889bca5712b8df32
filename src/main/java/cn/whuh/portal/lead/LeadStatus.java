package cn.whuh.portal.lead;

/** Where a lead stands in the recruiters' workflow. The closed states end the work on a lead. */
public enum LeadStatus {
    NEW,
    CONTACT_ATTEMPTED,
    REACHED,
    SCREENING_SCHEDULED,
    SCREENED,
    ENROLLED,
    NOT_ELIGIBLE,
    NOT_INTERESTED,
    UNREACHABLE,
    WITHDRAWN,
    DUPLICATE;

    public boolean closed() {
        return switch (this) {
            case NOT_ELIGIBLE, NOT_INTERESTED, UNREACHABLE, WITHDRAWN, DUPLICATE -> true;
            default -> false;
        };
    }
}
