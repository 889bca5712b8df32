package cn.whuh.portal.prescreen;

/** How one inclusion or exclusion criterion came out (prescreen-spec.md §1). */
public enum CriterionStatus {
    PASS,
    FAIL,
    /** Unknown, temporary or a judgement call: the study team checks. */
    REVIEW,
    /** Not asked online: checked by the study team at the screening visit. */
    STAFF
}
