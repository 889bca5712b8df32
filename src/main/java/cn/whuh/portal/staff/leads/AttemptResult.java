package cn.whuh.portal.staff.leads;

/** How one call (or message) to a lead went. */
public enum AttemptResult {
    NO_ANSWER,
    LEFT_MESSAGE,
    REACHED;

    boolean unanswered() {
        return this != REACHED;
    }
}
