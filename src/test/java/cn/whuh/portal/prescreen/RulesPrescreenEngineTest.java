package cn.whuh.portal.prescreen;

import static cn.whuh.portal.prescreen.EngineFixture.QUESTIONNAIRE;
import static cn.whuh.portal.prescreen.EngineFixture.TODAY;
import static cn.whuh.portal.prescreen.EngineFixture.eligible;
import static cn.whuh.portal.prescreen.EngineFixture.eligibleWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RulesPrescreenEngineTest {

    private final RulesPrescreenEngine engine = EngineFixture.engine();

    private Evaluation evaluate(Map<String, Object> answers) {
        return engine.evaluate(QUESTIONNAIRE, answers, TODAY);
    }

    private static CriterionResult criterion(Evaluation evaluation, String id) {
        return evaluation.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyCriterionAppearsExactlyOnceInProtocolOrder() {
        List<String> expected = Stream.concat(IntStream.rangeClosed(1, 7).mapToObj(i -> "I" + i),
                IntStream.rangeClosed(1, 33).mapToObj(i -> "E" + i)).toList();

        Evaluation evaluation = evaluate(eligible());

        assertThat(evaluation.criteria()).extracting(CriterionResult::id).containsExactlyElementsOf(expected);
        assertThat(evaluation.criteria()).allSatisfy(c -> {
            assertThat(c.title().en()).isNotBlank();
            assertThat(c.title().zh()).isNotBlank();
            assertThat(c.reason().en()).isNotBlank();
            assertThat(c.reason().zh()).isNotBlank();
        });
    }

    @Test
    void allPassingAnswersAreLikelyEligibleWithStaffChecksLeftToTheVisit() {
        Evaluation evaluation = evaluate(eligible());

        assertThat(evaluation.outcome()).isEqualTo(Outcome.LIKELY_ELIGIBLE);
        assertThat(evaluation.nctId()).isEqualTo("NCT06106906");
        assertThat(evaluation.questionnaireVersion()).isEqualTo(QUESTIONNAIRE.version());
        assertThat(evaluation.today()).isEqualTo(TODAY);
        assertThat(evaluation.criteria()).filteredOn(c -> c.status() == CriterionStatus.STAFF)
                .extracting(CriterionResult::id).containsExactly("E3", "E13", "E17", "E24", "E33");
        assertThat(evaluation.criteria()).filteredOn(c -> c.status() != CriterionStatus.STAFF)
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CriterionStatus.PASS));
        assertThat(criterion(evaluation, "E3").reason().en()).contains("never online");
    }

    static Stream<Arguments> ruleRows() {
        return Stream.of(
                arguments("I1", "can_attend_visits", "NO", CriterionStatus.FAIL),
                arguments("I1", "can_attend_visits", "UNSURE", CriterionStatus.REVIEW),
                arguments("I2", "age_years", 17, CriterionStatus.FAIL),
                arguments("I2", "age_years", 18, CriterionStatus.PASS),
                arguments("I2", "age_years", 70, CriterionStatus.PASS),
                arguments("I2", "age_years", 71, CriterionStatus.FAIL),
                arguments("I3", "weight", Map.of("value", 39.9, "unit", "KG"), CriterionStatus.FAIL),
                arguments("I3", "weight", Map.of("value", 40.0, "unit", "KG"), CriterionStatus.PASS),
                arguments("I3", "weight", Map.of("value", 40, "unit", "KG"), CriterionStatus.PASS),
                arguments("I3", "weight", Map.of("value", 80, "unit", "JIN"), CriterionStatus.PASS),
                arguments("I3", "weight", Map.of("value", 79.9, "unit", "JIN"), CriterionStatus.FAIL),
                arguments("I3", "weight", Map.of("value", 88.19, "unit", "LB"), CriterionStatus.PASS),
                arguments("I3", "weight", Map.of("value", 88.18, "unit", "LB"), CriterionStatus.FAIL),
                arguments("I4", "sle_diagnosed", "UNSURE", CriterionStatus.REVIEW),
                arguments("I4", "sle_diagnosis_month", "UNSURE", CriterionStatus.REVIEW),
                arguments("I4", "sle_diagnosis_month", "2026-05", CriterionStatus.PASS),
                arguments("I4", "sle_diagnosis_month", "2026-06", CriterionStatus.REVIEW),
                arguments("I5", "disease_active", "NO", CriterionStatus.FAIL),
                arguments("I6", "treated_8_weeks", "NO", CriterionStatus.FAIL),
                arguments("I6", "treated_8_weeks", "UNSURE", CriterionStatus.REVIEW),
                arguments("I7", "willing_contraception", "NO", CriterionStatus.FAIL),
                arguments("I7", "willing_contraception", "UNSURE", CriterionStatus.REVIEW),
                arguments("E1", "steroid_immuno_allergy", "YES", CriterionStatus.FAIL),
                arguments("E1", "steroid_immuno_allergy", "UNSURE", CriterionStatus.REVIEW),
                arguments("E2", "recent_events_8w", List.of("SEVERE_NEPHRITIS"), CriterionStatus.FAIL),
                arguments("E4", "recent_events_8w", List.of("CNS_DISEASE"), CriterionStatus.FAIL),
                arguments("E5", "recent_events_8w", List.of("LUPUS_CRISIS"), CriterionStatus.FAIL),
                arguments("E6", "conditions", List.of("INFLAMMATORY_ARTHRITIS"), CriterionStatus.FAIL),
                arguments("E6", "conditions", List.of("INFLAMMATORY_SKIN"), CriterionStatus.FAIL),
                arguments("E7", "conditions", List.of("VASCULITIS_OTHER"), CriterionStatus.FAIL),
                arguments("E8", "conditions", List.of("TRANSPLANT"), CriterionStatus.FAIL),
                arguments("E9", "recent_plasma_ivig_dialysis_14d", "YES", CriterionStatus.REVIEW),
                arguments("E9", "recent_plasma_ivig_dialysis_14d", "UNSURE", CriterionStatus.REVIEW),
                arguments("E10", "conditions", List.of("OTHER_AUTOIMMUNE"), CriterionStatus.FAIL),
                arguments("E11", "conditions", List.of("HIV"), CriterionStatus.FAIL),
                arguments("E11", "conditions", List.of("HEPATITIS_B_ACTIVE"), CriterionStatus.FAIL),
                arguments("E11", "conditions", List.of("HEPATITIS_C"), CriterionStatus.FAIL),
                arguments("E11", "conditions", List.of("SYPHILIS"), CriterionStatus.FAIL),
                arguments("E12", "conditions", List.of("TB_UNTREATED"), CriterionStatus.REVIEW),
                arguments("E14", "severe_allergy", "YES", CriterionStatus.FAIL),
                arguments("E14", "severe_allergy", "UNSURE", CriterionStatus.REVIEW),
                arguments("E15", "conditions", List.of("HEART_SEVERE"), CriterionStatus.FAIL),
                arguments("E16", "conditions", List.of("LIVER_SEVERE"), CriterionStatus.FAIL),
                arguments("E18", "current_infection", "YES", CriterionStatus.REVIEW),
                arguments("E18", "current_infection", "UNSURE", CriterionStatus.REVIEW),
                arguments("E19", "recent_events_4w", List.of("LIVE_VACCINE"), CriterionStatus.REVIEW),
                arguments("E20", "recent_jak_btk", "YES", CriterionStatus.REVIEW),
                arguments("E20", "recent_jak_btk", "UNSURE", CriterionStatus.REVIEW),
                arguments("E21", "prior_bcell_therapy", "YES", CriterionStatus.FAIL),
                arguments("E21", "prior_bcell_therapy", "UNSURE", CriterionStatus.REVIEW),
                arguments("E22", "recent_other_biologic", "YES", CriterionStatus.REVIEW),
                arguments("E22", "recent_other_biologic", "UNSURE", CriterionStatus.REVIEW),
                arguments("E23", "prior_car_t", "YES", CriterionStatus.FAIL),
                arguments("E23", "prior_car_t", "UNSURE", CriterionStatus.REVIEW),
                arguments("E25", "other_trial_4w", "YES", CriterionStatus.REVIEW),
                arguments("E25", "other_trial_4w", "UNSURE", CriterionStatus.REVIEW),
                arguments("E26", "recent_events_4w", List.of("MAJOR_SURGERY"), CriterionStatus.REVIEW),
                arguments("E26", "surgery_planned", "YES", CriterionStatus.REVIEW),
                arguments("E26", "surgery_planned", "UNSURE", CriterionStatus.REVIEW),
                arguments("E27", "recent_events_4w", List.of("BLOOD_LOSS_400ML"), CriterionStatus.REVIEW),
                arguments("E27", "recent_events_8w", List.of("TRANSFUSION"), CriterionStatus.REVIEW),
                arguments("E28", "long_term_anticoagulant", "YES", CriterionStatus.FAIL),
                arguments("E28", "long_term_anticoagulant", "UNSURE", CriterionStatus.REVIEW),
                arguments("E28", "recent_events_4w", List.of("BLEEDING"), CriterionStatus.REVIEW),
                arguments("E29", "conditions", List.of("SEVERE_MENTAL_ILLNESS"), CriterionStatus.REVIEW),
                arguments("E30", "alcohol_drug_problem", "YES", CriterionStatus.REVIEW),
                arguments("E30", "alcohol_drug_problem", "UNSURE", CriterionStatus.REVIEW),
                arguments("E31", "pregnant_or_breastfeeding", "YES", CriterionStatus.FAIL),
                arguments("E31", "pregnant_or_breastfeeding", "UNSURE", CriterionStatus.REVIEW),
                arguments("E31", "pregnancy_plan_2y", "YES", CriterionStatus.FAIL),
                arguments("E31", "pregnancy_plan_2y", "UNSURE", CriterionStatus.REVIEW),
                arguments("E32", "conditions", List.of("CANCER"), CriterionStatus.FAIL));
    }

    @ParameterizedTest(name = "{0}: {1} = {2} gives {3}")
    @MethodSource("ruleRows")
    void eachRuleRowDecidesItsCriterionAndOnlyIt(String id, String key, Object answer, CriterionStatus expected) {
        Evaluation evaluation = evaluate(eligibleWith(key, answer));

        assertThat(criterion(evaluation, id).status()).isEqualTo(expected);
        assertThat(evaluation.criteria()).filteredOn(c -> !c.id().equals(id))
                .allSatisfy(c -> assertThat(c.status()).isIn(CriterionStatus.PASS, CriterionStatus.STAFF));
        Outcome outcome = switch (expected) {
            case FAIL -> Outcome.NOT_ELIGIBLE;
            case REVIEW -> Outcome.NEEDS_REVIEW;
            default -> Outcome.LIKELY_ELIGIBLE;
        };
        assertThat(evaluation.outcome()).isEqualTo(outcome);
        if (expected != CriterionStatus.PASS) {
            assertThat(criterion(evaluation, id).reason()).isNotEqualTo(criterion(evaluate(eligible()), id).reason());
        }
    }

    static Stream<Arguments> activityRows() {
        return Stream.of(
                arguments("UNSURE", null, CriterionStatus.REVIEW),
                arguments("UNSURE", 5, CriterionStatus.REVIEW),
                arguments("UNSURE", 6, CriterionStatus.PASS),
                arguments("YES", null, CriterionStatus.PASS),
                arguments("YES", 5, CriterionStatus.REVIEW),
                arguments("YES", 6, CriterionStatus.PASS),
                arguments("NO", 12, CriterionStatus.FAIL));
    }

    @ParameterizedTest(name = "disease_active {0}, SLEDAI {1}: I5 {2}")
    @MethodSource("activityRows")
    void activeLupusWeighsTheOptionalSledaiScore(String active, Integer sledai, CriterionStatus expected) {
        Evaluation evaluation = evaluate(eligibleWith("disease_active", active, "sledai_score", sledai));

        assertThat(criterion(evaluation, "I5").status()).isEqualTo(expected);
    }

    @Test
    void notDiagnosedFailsI4AndHidesTheLupusQuestionsWhoseCriteriaAreNotApplicable() {
        Evaluation evaluation = evaluate(eligibleWith("sle_diagnosed", "NO", "sle_diagnosis_month", "not a month",
                "disease_active", "NO", "treated_8_weeks", "NO"));

        assertThat(criterion(evaluation, "I4").status()).isEqualTo(CriterionStatus.FAIL);
        assertThat(criterion(evaluation, "I4").reason().en()).contains("not been diagnosed");
        for (String id : List.of("I5", "I6")) {
            assertThat(criterion(evaluation, id).status()).isEqualTo(CriterionStatus.PASS);
            assertThat(criterion(evaluation, id).reason().en()).isEqualTo("Not applicable, given your other answers.");
            assertThat(criterion(evaluation, id).reason().zh()).isEqualTo("根据您的其他回答，这一条不适用。");
        }
        assertThat(evaluation.answers()).doesNotContainKeys("sle_diagnosis_month", "disease_active",
                "sledai_score", "treated_8_weeks");
    }

    @Test
    void unsureDiagnosisHidesTheMonthButStillAsksAboutActivity() {
        Map<String, Object> answers = eligibleWith("sle_diagnosed", "UNSURE");
        answers.remove("sle_diagnosis_month");

        Evaluation evaluation = evaluate(answers);

        assertThat(criterion(evaluation, "I4").status()).isEqualTo(CriterionStatus.REVIEW);
        assertThat(evaluation.answers()).containsKey("disease_active").doesNotContainKey("sle_diagnosis_month");
    }

    @Test
    void aMaleRespondentIsNotAskedAboutPregnancyAndAnAnswerGivenAnywayIsIgnored() {
        Evaluation evaluation = evaluate(eligibleWith("sex", "MALE", "pregnant_or_breastfeeding", "YES"));

        assertThat(criterion(evaluation, "E31").status()).isEqualTo(CriterionStatus.PASS);
        assertThat(evaluation.answers()).doesNotContainKey("pregnant_or_breastfeeding");

        Map<String, Object> withoutPregnancy = eligibleWith("sex", "MALE");
        withoutPregnancy.remove("pregnant_or_breastfeeding");
        assertThat(evaluate(withoutPregnancy).outcome()).isEqualTo(Outcome.LIKELY_ELIGIBLE);
        assertThat(criterion(evaluate(eligibleWith("sex", "MALE", "pregnancy_plan_2y", "YES")), "E31").status())
                .isEqualTo(CriterionStatus.FAIL);
    }

    @Test
    void aRecentDiagnosisNamesTheDateFromWhichTheTwentyFourWeeksHavePassed() {
        Map<String, Object> answers = eligibleWith("sle_diagnosis_month", "2026-06");

        CriterionResult dayBefore = criterion(engine.evaluate(QUESTIONNAIRE, answers, LocalDate.of(2026, 12, 14)), "I4");
        CriterionResult thatDay = criterion(engine.evaluate(QUESTIONNAIRE, answers, LocalDate.of(2026, 12, 15)), "I4");

        // 30 June 2026 + 24 weeks = 15 December 2026
        assertThat(dayBefore.status()).isEqualTo(CriterionStatus.REVIEW);
        assertThat(dayBefore.reason().en()).contains("from 15 December 2026");
        assertThat(dayBefore.reason().zh()).contains("从 2026年12月15日 起");
        assertThat(thatDay.status()).isEqualTo(CriterionStatus.PASS);
    }

    @Test
    void failWinsOverReviewAndEveryMatchingReasonIsGiven() {
        Evaluation evaluation = evaluate(eligibleWith("pregnancy_plan_2y", "YES", "pregnant_or_breastfeeding", "UNSURE",
                "surgery_planned", "UNSURE", "recent_events_4w", List.of("MAJOR_SURGERY", "LIVE_VACCINE")));

        assertThat(criterion(evaluation, "E31").status()).isEqualTo(CriterionStatus.FAIL);
        assertThat(criterion(evaluation, "E26").status()).isEqualTo(CriterionStatus.REVIEW);
        assertThat(criterion(evaluation, "E26").reason().en()).contains("past 4 weeks").contains("not sure about planned");
        assertThat(evaluation.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void answersThatCountAreNormalised() {
        Evaluation evaluation = evaluate(eligibleWith("weight", Map.of("value", 104.5, "unit", "JIN"),
                "conditions", List.of("TB_UNTREATED", "CANCER", "TB_UNTREATED"), "age_years", 34.0));

        assertThat(evaluation.answers().get("weight")).isEqualTo(Map.of("value", new BigDecimal("104.5"), "unit", "JIN"));
        assertThat(evaluation.answers().get("conditions")).isEqualTo(List.of("CANCER", "TB_UNTREATED"));
        assertThat(evaluation.answers().get("age_years")).isEqualTo(34);
        assertThat(evaluation.answers()).containsOnlyKeys(eligible().keySet());
    }
}
