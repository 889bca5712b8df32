package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.prescreen.Evaluation;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One visitor's questionnaire in progress, held in the browser session while they answer (server side, never in a
 * cookie or a log): the answers so far, the step shown, and the last result. Survives going back and forth, a
 * page reload and a language switch; gone when the session ends or the person starts again. What outlives the
 * session is kept on the person's device ({@link DeviceAnswers}), and read back once per session.
 */
@SpringComponent
@VaadinSessionScope
public class PrescreenSession {

    private final Map<String, Object> answers = new LinkedHashMap<>();
    private int step;
    private boolean started;
    private boolean deviceRead;
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

    /** True the first time only: whether the answers kept on the device are still to be read in this session. */
    boolean readDevice() {
        boolean first = !deviceRead;
        deviceRead = true;
        return first;
    }

    /** Takes over answers kept on the device, when this session has none of its own yet. */
    boolean restore(Map<String, Object> kept, int keptStep) {
        if (!answers.isEmpty() || kept.isEmpty()) {
            return false;
        }
        answers.putAll(kept);
        step = keptStep;
        evaluation = null;
        return true;
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
