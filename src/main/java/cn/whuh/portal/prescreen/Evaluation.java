package cn.whuh.portal.prescreen;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The result of evaluating one set of answers: every criterion once, in questionnaire order, and the outcome.
 *
 * @param nctId the study
 * @param questionnaireVersion the version of the questionnaire data file that was used
 * @param today the date in Asia/Shanghai the evaluation was made for
 * @param answers the answers that counted: validated, normalised, without those to hidden questions
 * @param outcome the overall outcome
 * @param criteria every criterion with status and reason
 */
public record Evaluation(
        String nctId,
        String questionnaireVersion,
        LocalDate today,
        Map<String, Object> answers,
        Outcome outcome,
        List<CriterionResult> criteria) {
}
