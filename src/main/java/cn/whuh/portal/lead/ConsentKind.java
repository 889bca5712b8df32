package cn.whuh.portal.lead;

/** The separate consents a person gives (docs/leads.md). */
public enum ConsentKind {
    /** Processing of the health answers and contact details to pre-screen. */
    PRESCREEN_PROCESSING,
    /** Sharing them with the study team at Wuhan Union Hospital to be contacted about this study. */
    SHARE_WITH_SITE,
    /** Optional: being contacted about future studies. */
    FUTURE_STUDIES
}
