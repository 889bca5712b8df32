package cn.whuh.portal.prescreen;

/** The overall result of a pre-screen (docs/questionnaire.md). */
public enum Outcome {
    LIKELY_ELIGIBLE,
    NEEDS_REVIEW,
    NOT_ELIGIBLE;

    /** Qualified leads are stored (with consent), queued for staff and forwarded to the site contact. */
    public boolean qualified() {
        return this != NOT_ELIGIBLE;
    }
}
