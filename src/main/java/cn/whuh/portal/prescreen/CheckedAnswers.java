package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.api.FieldProblem;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers after checking: those that count (validated, normalised, in questionnaire order, without answers
 * to hidden questions), the same as rules see them, which questions are hidden, and every problem found.
 *
 * @param counted the answers that count, in API form
 * @param facts the answers as rules read them: weights in kg, months as {@link java.time.YearMonth}
 * @param hidden the keys of the questions not asked for these answers
 * @param problems one entry per offending field; empty when the answers can be evaluated
 */
public record CheckedAnswers(Map<String, Object> counted, Map<String, Object> facts, Set<String> hidden,
        List<FieldProblem> problems) {

    public boolean shown(String questionKey) {
        return !hidden.contains(questionKey);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
