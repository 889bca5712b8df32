package cn.whuh.portal.base.api;

import java.util.List;

/**
 * Input that cannot be used: one {@link FieldProblem} per offending field (questionnaire answers, contact details,
 * consents, headers), each with its message in both languages. The API answers it with a 400 problem detail listing
 * them in {@code errors}; the views show each message beside its field.
 */
public class FieldProblemsException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public FieldProblemsException(List<FieldProblem> problems) {
        super("Invalid input for fields " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
