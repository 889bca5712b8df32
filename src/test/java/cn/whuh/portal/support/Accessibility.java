package cn.whuh.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (Deque's {@code axe.min.js}, shipped inside the test jar and injected into the page; nothing
 * is fetched) on the page a browser shows.
 */
public final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {
    }

    /** Fails, naming each rule and element, when axe finds a serious or critical violation. */
    public static void assertNoSeriousViolations(WebDriver driver) {
        List<Rule> violations = new AxeBuilder().analyze(driver).getViolations();
        List<String> blocking = violations.stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .toList();
        assertThat(blocking).as("serious or critical accessibility violations").isEmpty();
    }
}
