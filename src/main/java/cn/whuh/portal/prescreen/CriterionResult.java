package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.i18n.Text;

/**
 * How one criterion (I1–I7, E1–E33) came out, with its title and the reason in both languages, so that a
 * stored evaluation reads the same later to a patient, a recruiter or a mail, whatever their language.
 */
public record CriterionResult(String id, CriterionStatus status, Text title, Text reason) {
}
