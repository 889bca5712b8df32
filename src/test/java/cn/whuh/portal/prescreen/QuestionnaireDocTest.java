package cn.whuh.portal.prescreen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/questionnaire.md, the questionnaire contract, says what the data file holds: no key, option or rule left out. */
class QuestionnaireDocTest {

    private static final Questionnaire QUESTIONNAIRE = EngineFixture.QUESTIONNAIRE;

    private static List<String> lines() throws IOException {
        return Files.readAllLines(Path.of("docs/questionnaire.md"));
    }

    /** The table row that starts so. */
    private static String row(List<String> lines, String start) {
        return lines.stream().filter(l -> l.startsWith(start))
                .findFirst().orElseThrow(() -> new AssertionError("docs/questionnaire.md has no row " + start));
    }

    @Test
    void everyQuestionIsDescribedWithItsTypeBoundsAndOptions() throws IOException {
        List<String> lines = lines();
        for (Question q : QUESTIONNAIRE.questions()) {
            String row = row(lines, "| `" + q.key() + "` |");
            assertThat(row).as(q.key()).contains("`" + q.type().name() + "`");
            q.options().forEach(o -> assertThat(row).as(q.key()).contains("`" + o.key() + "`"));
            q.units().forEach(u -> assertThat(row).as(q.key()).contains("`" + u.key() + "`"));
            if (q.type() == QuestionType.INTEGER || q.type() == QuestionType.WEIGHT) {
                assertThat(row).as(q.key()).contains(q.min() + "–" + q.max());
            }
            if (q.shownWhen() != null) {
                assertThat(row).as(q.key()).contains("`" + q.shownWhen().key() + "`");
            }
        }
    }

    @Test
    void everyStepListsItsQuestionsInOrder() throws IOException {
        List<String> lines = lines();
        for (Step step : QUESTIONNAIRE.steps()) {
            String row = row(lines, "| `" + step.key() + "` — " + step.title().en() + " |");
            assertThat(row).contains(String.join(", ", step.questions().stream().map(k -> "`" + k + "`").toList()));
        }
    }

    @Test
    void everyCriterionHasARowNamingWhatAsksItAndEveryDatedRuleIsInTheRecheckTable() throws IOException {
        List<String> lines = lines();
        for (Criterion c : QUESTIONNAIRE.criteria()) {
            String row = row(lines, "| " + c.id() + " " + c.title().en() + " |");
            if (c.staffOnly()) {
                assertThat(row).as(c.id()).contains("`STAFF`");
            }
            c.askedBy().forEach(key -> assertThat(row).as(c.id()).contains("`" + key + "`"));
            for (Rule rule : c.rules()) {
                rule.when().keysRead().forEach(key -> assertThat(row).as(c.id()).contains("`" + key + "`"));
                if (rule.dated()) {
                    assertThat(row).as(c.id()).contains("dated");
                    assertThat(lines).as(c.id() + " in the re-check table")
                            .anyMatch(l -> l.matches("\\| ([A-Z0-9, ]+, )?" + c.id() + "(, [A-Z0-9, ]+)? \\|.*"));
                }
            }
        }
    }
}
