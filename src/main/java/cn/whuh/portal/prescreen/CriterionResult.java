package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.i18n.Text;
import java.time.LocalDate;

/**
 * How one criterion (I1–I7, E1–E33) came out, with its title and the reason in both languages, so that a
 * stored evaluation reads the same later to a patient, a recruiter or a mail, whatever their language.
 *
 * @param recheckFrom the date from which the person may meet the criterion, when the reason names one (a
 *     diagnosis not yet old enough, a wash-out or other time window); null otherwise, and in evaluations
 *     stored before it existed
 */
public record CriterionResult(String id, CriterionStatus status, Text title, Text reason, LocalDate recheckFrom) {

    /** A result whose reason names no date. */
    public CriterionResult(String id, CriterionStatus status, Text title, Text reason) {
        this(id, status, title, reason, null);
    }
}
