package cn.whuh.portal.prescreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The questionnaire file is checked at start-up; a broken one stops the portal with a clear message. */
class QuestionnaireRegistryTest {

    private static String realFile() throws IOException {
        return new ClassPathResource("studies/NCT06106906/prescreen.yaml").getContentAsString(StandardCharsets.UTF_8);
    }

    private static void assertBroken(String yaml, String message) {
        assertThatThrownBy(() -> QuestionnaireRegistry.load(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8),
                "broken.yaml")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining(message);
    }

    @Test
    void theStudyQuestionnaireLoads() {
        Questionnaire questionnaire = EngineFixture.QUESTIONNAIRE;

        assertThat(questionnaire.version()).isNotBlank();
        assertThat(questionnaire.questions()).extracting(Question::key).containsExactlyInAnyOrder("respondent", "age_years",
                "sex", "weight", "can_attend_visits", "sle_diagnosed", "sle_diagnosis_month", "disease_active",
                "sledai_score", "treated_8_weeks", "prior_bcell_therapy", "prior_car_t", "steroid_immuno_allergy",
                "severe_allergy", "allergic_constitution", "conditions", "recent_events_8w", "recent_events_4w",
                "recent_plasma_ivig_dialysis_14d", "current_infection", "recent_jak_btk", "recent_other_biologic",
                "other_trial_4w", "long_term_anticoagulant", "surgery_planned", "alcohol_drug_problem",
                "pregnant_or_breastfeeding", "pregnancy_plan_2y", "willing_contraception");
        assertThat(questionnaire.steps()).extracting(Step::key)
                .containsExactly("about", "lupus", "treatments", "conditions", "recent", "pregnancy");
        assertThat(new QuestionnaireRegistry().find("NCT00000000")).isEmpty();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            askedBy: [can_attend_visits]                 | askedBy: [can_attend]                 | criteria[I1]: unknown question can_attend
            key: sex, equals: FEMALE                     | key: sex, equals: WOMAN               | WOMAN is not an answer of sex
            {key: age_years, lessThan: 18}               | {key: weight, lessThan: 18}           | criteria[I2].rules[0].when: reads weight
            hasAny: [CANCER]                             | hasAny: [CANCR]                       | unknown option CANCR
            zh: "性别"                                    | ch: "性别"                             | Cannot read questionnaire
            {en: "Sex", zh: "性别"}                       | {en: "Sex"}                           | questions[sex].label: Chinese text is missing
            questions: [pregnant_or_breastfeeding, pregnancy_plan_2y, willing_contraception] | questions: [pregnancy_plan_2y, willing_contraception] | question pregnant_or_breastfeeding is on no step
            - status: FAIL                               | - status: PASS                        | status must be FAIL or REVIEW
            monthEndWithinWeeks: 24                      | monthEndWithinWeeks: 24, equals: UNSURE | needs exactly one operator
            - key: NOT_APPLICABLE                        | - key: UNSURE                         | questions[willing_contraception]: option key UNSURE must be UPPER_CASE and unique
            screeningWhen: {key: sex, equals: FEMALE}    | screeningWhen: {key: sex, equals: WOMAN} | criteria[I7].screeningWhen: WOMAN is not an answer of sex
            min: 20                                      | min: 0                                | questions[weight]: a WEIGHT needs bounds in kg
            recheckAfter: P14D                           | recheckAfter: P0D                     | criteria[E9].rules[0]: recheckAfter must be positive
            recheckAfter: P14D                           | '# no window'                         | criteria[E9].rules[0].reason: names {date} exactly when the rule has a time window
            you may meet this from {date}, and the team can contact you then.", zh: "您过去 14 天内 | and the team can contact you.", zh: "您过去 14 天内 | criteria[E9].rules[0].reason: {date} must be in both languages or in neither
            """)
    void aBrokenFileIsRejectedWithAMessageNamingThePlace(String original, String broken, String message) throws IOException {
        String yaml = realFile();
        assertThat(yaml).contains(original);

        assertBroken(yaml.replaceFirst(Pattern.quote(original), broken), message);
    }

    @Test
    void onlyAReviewMayHaveAReCheckWindow() throws IOException {
        String original = "      - status: FAIL\n        when: {key: can_attend_visits";
        String yaml = realFile();
        assertThat(yaml).contains(original);

        assertBroken(yaml.replaceFirst(Pattern.quote(original),
                "      - status: FAIL\n        recheckAfter: P1W\n        when: {key: can_attend_visits"),
                "criteria[I1].rules[0]: recheckAfter only on a REVIEW rule");
    }

    @Test
    void aSecondStudyIsOnlyADataFile() {
        QuestionnaireRegistry registry = new QuestionnaireRegistry("classpath*:prescreen-samples/*.yaml");
        RulesPrescreenEngine engine = EngineFixture.engine(registry);
        Questionnaire tiny = registry.find("NCT99999999").orElseThrow();

        Evaluation young = engine.evaluate(tiny, Map.of("age_years", 12, "smoker", "UNSURE"), LocalDate.of(2026, 1, 1));
        Evaluation adult = engine.evaluate(tiny, Map.of("age_years", 40, "smoker", "NO"), LocalDate.of(2026, 1, 1));

        assertThat(young.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(young.criteria()).extracting(CriterionResult::status)
                .containsExactly(CriterionStatus.FAIL, CriterionStatus.REVIEW, CriterionStatus.STAFF);
        assertThat(adult.outcome()).isEqualTo(Outcome.LIKELY_ELIGIBLE);
        assertThat(adult.criteria()).extracting(CriterionResult::id).isEqualTo(List.of("A", "B", "C"));
    }
}
