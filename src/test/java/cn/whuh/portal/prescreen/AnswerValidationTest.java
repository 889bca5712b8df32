package cn.whuh.portal.prescreen;

import static cn.whuh.portal.prescreen.EngineFixture.QUESTIONNAIRE;
import static cn.whuh.portal.prescreen.EngineFixture.TODAY;
import static cn.whuh.portal.prescreen.EngineFixture.eligible;
import static cn.whuh.portal.prescreen.EngineFixture.eligibleWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import cn.whuh.portal.base.api.FieldProblem;
import cn.whuh.portal.base.api.FieldProblemsException;
import cn.whuh.portal.base.i18n.Text;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Answers that cannot be evaluated give one problem per offending field, in both languages, and no outcome. */
class AnswerValidationTest {

    private final RulesPrescreenEngine engine = EngineFixture.engine();

    private List<FieldProblem> problems(Map<String, Object> answers) {
        FieldProblemsException e = (FieldProblemsException) catchThrowable(() -> engine.evaluate(QUESTIONNAIRE, answers, TODAY));
        assertThat(e).as("answers should be rejected").isNotNull();
        return e.problems();
    }

    static Stream<Arguments> invalidAnswers() {
        return Stream.of(
                arguments("age_years", -1, "Enter a whole number from 1 to 120."),
                arguments("age_years", 0, "Enter a whole number from 1 to 120."),
                arguments("age_years", 121, "Enter a whole number from 1 to 120."),
                arguments("age_years", 1e308, "Enter a whole number from 1 to 120."),
                arguments("age_years", "34", "Enter a whole number from 1 to 120."),
                arguments("age_years", 34.5, "Enter a whole number from 1 to 120."),
                arguments("sledai_score", 106, "Enter a whole number from 0 to 105."),
                arguments("sex", "OTHER", "Choose one of: FEMALE, MALE."),
                arguments("can_attend_visits", "yes", "Choose one of: YES, NO, UNSURE."),
                arguments("can_attend_visits", true, "Choose one of: YES, NO, UNSURE."),
                arguments("conditions", "CANCER", "Give a list of choices from: CANCER"),
                arguments("conditions", List.of("CANCER", "FLU"), "Give a list of choices from: CANCER"),
                arguments("weight", 52, "Give the weight as a number with one of the units KG, JIN, LB."),
                arguments("weight", Map.of("value", 52, "unit", "STONE"), "one of the units KG, JIN, LB"),
                arguments("weight", Map.of("value", 0, "unit", "KG"), "Enter a body weight from 20 to 250 kg."),
                arguments("weight", Map.of("value", -52, "unit", "KG"), "Enter a body weight from 20 to 250 kg."),
                arguments("weight", Map.of("value", 19.99, "unit", "KG"), "from 20 to 250 kg"),
                arguments("weight", Map.of("value", 250.01, "unit", "KG"), "from 20 to 250 kg"),
                arguments("weight", Map.of("value", 500, "unit", "KG"), "from 20 to 250 kg"),
                arguments("weight", Map.of("value", 1e308, "unit", "KG"), "from 20 to 250 kg"),
                arguments("weight", Map.of("value", 1e-6, "unit", "KG"), "from 20 to 250 kg"),
                arguments("weight", Map.of("value", 501, "unit", "JIN"), "Enter a body weight from 40 to 500 jin (斤)."),
                arguments("weight", Map.of("value", 44, "unit", "LB"), "Enter a body weight from 45 to 551 lb."),
                arguments("weight", Map.of("value", "52", "unit", "KG"), "from 20 to 250 kg"),
                arguments("sle_diagnosis_month", "2026-12", "The month cannot be in the future."),
                arguments("sle_diagnosis_month", "2021-3", "Enter the month as YYYY-MM"),
                arguments("sle_diagnosis_month", "2021-13", "Enter the month as YYYY-MM"),
                arguments("sle_diagnosis_month", 2021, "Enter the month as YYYY-MM"),
                arguments("sle_diagnosis_month", "1900-01", "Enter a month in 1930 or later."));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidAnswers")
    void anInvalidValueIsAProblemOfItsField(String key, Object value, String message) {
        List<FieldProblem> problems = problems(eligibleWith(key, value));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(key);
            assertThat(p.message().en()).contains(message);
            assertThat(p.message().zh()).isNotBlank().isNotEqualTo(p.message().en());
        });
    }

    @Test
    void theCurrentMonthAndTheBoundsThemselvesAreAccepted() {
        assertThat(engine.evaluate(QUESTIONNAIRE, eligibleWith("sle_diagnosis_month", "2026-11", "age_years", 1,
                "sledai_score", 105), TODAY)).isNotNull();
        assertThat(engine.evaluate(QUESTIONNAIRE, eligibleWith("age_years", 120, "sledai_score", 0), TODAY)).isNotNull();
        for (Map<String, Object> weight : List.of(Map.<String, Object>of("value", 20, "unit", "KG"),
                Map.<String, Object>of("value", 250, "unit", "KG"), Map.<String, Object>of("value", 500, "unit", "JIN"),
                Map.<String, Object>of("value", 44.1, "unit", "LB"))) {
            assertThat(engine.evaluate(QUESTIONNAIRE, eligibleWith("weight", weight), TODAY)).as(weight.toString()).isNotNull();
        }
    }

    @Test
    void aWeightOutOfBoundsIsToldInTheUnitGivenInBothLanguagesWithoutUnitCodes() {
        assertThat(problems(eligibleWith("weight", Map.of("value", 0, "unit", "JIN")))).singleElement()
                .satisfies(p -> {
                    assertThat(p.message().zh()).isEqualTo("请输入 40 到 500 斤之间的体重。");
                    assertThat(p.message().en()).doesNotContain("KG", "JIN", "LB");
                });
        assertThat(problems(eligibleWith("weight", Map.of("value", 0, "unit", "KG")))).singleElement()
                .satisfies(p -> assertThat(p.message().zh()).isEqualTo("请输入 20 到 250 公斤之间的体重。"));
    }

    @Test
    void aMissingRequiredAnswerIsAProblemButTheOptionalScoreIsNot() {
        Map<String, Object> answers = eligible();
        answers.remove("age_years");
        answers.put("weight", null);
        answers.remove("sledai_score");

        assertThat(problems(answers)).containsExactly(
                new FieldProblem("age_years", new Text("Please answer this question.", "请回答这个问题。")),
                new FieldProblem("weight", new Text("Please answer this question.", "请回答这个问题。")));
    }

    @Test
    void hiddenQuestionsAreNotRequired() {
        Map<String, Object> answers = eligibleWith("sex", "MALE", "sle_diagnosed", "NO");
        for (String hidden : List.of("pregnant_or_breastfeeding", "sle_diagnosis_month", "disease_active",
                "sledai_score", "treated_8_weeks")) {
            answers.remove(hidden);
        }

        assertThat(engine.evaluate(QUESTIONNAIRE, answers, TODAY).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void anUnknownKeyIsAProblemOfThatKey() {
        assertThat(problems(eligibleWith("favourite_colour", "BLUE"))).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("favourite_colour");
            assertThat(p.message().en()).isEqualTo("This is not a question of this questionnaire.");
        });
    }

    @Test
    void everyOffendingFieldIsReportedOnceAndNothingIsEvaluated() {
        Map<String, Object> answers = eligibleWith("age_years", 200, "sex", "X", "unknown", 1);
        answers.remove("willing_contraception");

        assertThat(problems(answers)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("unknown", "age_years", "sex", "willing_contraception");
    }

    @Test
    void noAnswersAtAllListEveryRequiredQuestionShownForThem() {
        assertThatThrownBy(() -> engine.evaluate(QUESTIONNAIRE, Map.of(), TODAY))
                .isInstanceOfSatisfying(FieldProblemsException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .contains("respondent", "age_years", "disease_active", "willing_contraception")
                        .doesNotContain("sledai_score", "sle_diagnosis_month", "pregnant_or_breastfeeding"));
    }

    @Test
    void checkReportsHiddenQuestionsForPartialAnswers() {
        CheckedAnswers checked = engine.check(QUESTIONNAIRE, Map.of("sex", "MALE", "sle_diagnosed", "UNSURE"), TODAY);

        assertThat(checked.hidden()).containsExactly("sle_diagnosis_month", "pregnant_or_breastfeeding");
        assertThat(checked.shown("disease_active")).isTrue();
    }
}
