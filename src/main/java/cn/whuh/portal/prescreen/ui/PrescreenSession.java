package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.prescreen.Evaluation;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One visitor's questionnaire in progress, kept in the browser session (server side, never in a cookie or
 * a log): the answers so far, the step shown, and the last result. Survives going back and forth, a page
 * reload and a language switch; gone when the session ends or the person starts again.
 */
@SpringComponent
@VaadinSessionScope
public class PrescreenSession {

    private final Map<String, Object> answers = new LinkedHashMap<>();
    private int step;
    private boolean started;
    private Evaluation evaluation;

    /** The answers given so far, by question key, in the API's form. */
    public Map<String, Object> answers() {
        return answers;
    }

    public void answer(String key, Object value) {
        if (value == null) {
            answers.remove(key);
        } else {
            answers.put(key, value);
        }
        evaluation = null;
    }

    public int step() {
        return step;
    }

    public void step(int step) {
        this.step = step;
    }

    /** True the first time only: whether this session has just started the questionnaire. */
    boolean start() {
        boolean first = !started;
        started = true;
        return first;
    }

    /** The result of the finished questionnaire, if the answers have not changed since. */
    public Optional<Evaluation> evaluation() {
        return Optional.ofNullable(evaluation);
    }

    public void evaluation(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** Forgets every answer and the result, e.g. after the person starts again or has left their details. */
    public void clear() {
        answers.clear();
        step = 0;
        evaluation = null;
    }
}
