package cn.whuh.portal.lead;

import cn.whuh.portal.base.api.FieldProblem;
import java.util.List;

/**
 * A submission that the consents given do not allow us to store (answered 422): a qualified outcome
 * without the pre-screening consents, or a {@code NOT_ELIGIBLE} one without consent to future contact.
 * Nothing was stored.
 */
public class ConsentRefusedException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public ConsentRefusedException(List<FieldProblem> problems) {
        super("Missing consents " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
