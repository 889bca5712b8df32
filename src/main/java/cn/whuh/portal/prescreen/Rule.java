package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.i18n.Text;

/**
 * A row of a criterion's rules: when the condition holds, the criterion gets the status (FAIL or REVIEW)
 * with the reason. A reason may name {@code {date}}, the date from which a time window has passed.
 */
public record Rule(CriterionStatus status, Condition when, Text reason) {
}
