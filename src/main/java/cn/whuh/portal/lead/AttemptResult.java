package cn.whuh.portal.lead;

/** How one call (or message) to a lead went. */
public enum AttemptResult {
    NO_ANSWER,
    LEFT_MESSAGE,
    REACHED;

    public boolean unanswered() {
        return this != REACHED;
    }
}
