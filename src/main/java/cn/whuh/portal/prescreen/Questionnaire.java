package cn.whuh.portal.prescreen;

import java.util.List;
import java.util.Optional;

/** A study's pre-screening questionnaire as loaded from its data file {@code studies/<nctId>/prescreen.yaml}. */
public record Questionnaire(String nctId, String version, List<Step> steps, List<Question> questions,
        List<Criterion> criteria) {

    public Questionnaire {
        steps = steps == null ? List.of() : List.copyOf(steps);
        questions = questions == null ? List.of() : List.copyOf(questions);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The questions of a step, in order. */
    public List<Question> questionsOf(Step step) {
        return step.questions().stream().map(key -> question(key).orElseThrow()).toList();
    }
}
