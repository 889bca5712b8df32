package cn.whuh.portal.prescreen.ui;

import cn.whuh.portal.prescreen.Evaluation;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * What the result page offers next, filled by another feature: a Spring bean implementing this is asked
 * for a component each time a result is shown, and that component goes into the page's
 * {@code #result-next-step} place (e.g. the contact and consent form for qualified people, the
 * future-studies offer for the others). Beans are asked in {@link org.springframework.core.annotation.Order}.
 */
public interface ResultNextStep {

    /**
     * @param evaluation the result being shown: outcome, per-criterion results, the answers that counted
     *     and the questionnaire version
     * @return the component to show, or empty to add nothing
     */
    Optional<Component> create(Evaluation evaluation);
}
