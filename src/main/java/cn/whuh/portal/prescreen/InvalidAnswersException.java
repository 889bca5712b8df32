package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.i18n.Text;
import java.util.List;

/** Answers that cannot be evaluated: one entry per offending field, with a message in both languages. */
public class InvalidAnswersException extends RuntimeException {

    public record FieldProblem(String field, Text message) {
    }

    private final transient List<FieldProblem> problems;

    public InvalidAnswersException(List<FieldProblem> problems) {
        super("Invalid answers for fields " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
