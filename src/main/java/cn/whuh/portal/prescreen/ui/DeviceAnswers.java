package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.base.ui.DeviceStorage;
import cn.whuh.portal.prescreen.Questionnaire;
import cn.whuh.portal.prescreen.Step;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The questionnaire's answers and step kept on the person's device ({@link DeviceStorage}, 7 days after the last
 * change), never stored on the server before consent (docs/prescreen.md): written at every answer and step, read
 * back once per browser session, so closing the browser (or the session timing out) loses nothing. Only answers to
 * questions of the questionnaire are taken back; the engine checks them like any others.
 */
final class DeviceAnswers {

    private final DeviceStorage storage;
    private final Questionnaire questionnaire;

    DeviceAnswers(DeviceStorage storage, Questionnaire questionnaire) {
        this.storage = storage;
        this.questionnaire = questionnaire;
    }

    private String name() {
        return "prescreen." + questionnaire.nctId();
    }

    /** Keeps the answers and step on the device; nothing before the first answer (not to overwrite kept ones). */
    void save(PrescreenSession session) {
        if (session.answers().isEmpty()) {
            return;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("version", questionnaire.version());
        entry.put("step", questionnaire.steps().get(session.step()).key());
        entry.put("answers", session.answers());
        storage.save(name(), entry);
    }

    /** Reads the kept answers once per session; calls back after the session has taken them over (or not). */
    void restoreOnce(PrescreenSession session, Consumer<Boolean> then) {
        if (!session.readDevice()) {
            return;
        }
        storage.load(name(), entry -> then.accept(entry.map(kept -> {
            Map<String, Object> answers = new LinkedHashMap<>();
            if (kept.get("answers") instanceof Map<?, ?> given) {
                given.forEach((key, value) -> {
                    if (key instanceof String question && questionnaire.question(question).isPresent() && value != null) {
                        answers.put(question, value);
                    }
                });
            }
            return session.restore(answers, stepIndex(kept.get("step")));
        }).orElse(false)));
    }

    /** Forgets everything the portal kept on this device (the answers and an unsent contact form). */
    void forget() {
        storage.forgetAll();
    }

    private int stepIndex(Object key) {
        List<Step> steps = questionnaire.steps();
        return IntStream.range(0, steps.size()).filter(i -> steps.get(i).key().equals(key)).findFirst().orElse(0);
    }
}
