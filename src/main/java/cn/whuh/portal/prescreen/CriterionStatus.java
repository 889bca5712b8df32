package cn.whuh.portal.prescreen;

/** How one inclusion or exclusion criterion came out (docs/questionnaire.md). */
public enum CriterionStatus {
    PASS,
    FAIL,
    /** Unknown, temporary or a judgement call: the study team checks. */
    REVIEW,
    /** Not asked online: checked by the study team at the screening visit. */
    STAFF
}
