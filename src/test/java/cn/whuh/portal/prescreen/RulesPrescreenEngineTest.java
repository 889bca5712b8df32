package cn.whuh.portal.prescreen;

import static cn.whuh.portal.prescreen.CriterionStatus.FAIL;
import static cn.whuh.portal.prescreen.CriterionStatus.PASS;
import static cn.whuh.portal.prescreen.CriterionStatus.REVIEW;
import static cn.whuh.portal.prescreen.CriterionStatus.STAFF;
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
        assertThat(evaluation.criteria()).filteredOn(c -> c.status() == STAFF)
                .extracting(CriterionResult::id).containsExactly("E3", "E13", "E17", "E24", "E33");
        assertThat(evaluation.criteria()).filteredOn(c -> c.status() != STAFF)
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(PASS));
        assertThat(criterion(evaluation, "E3").reason().en()).contains("never online");
    }

    /** The rows of one criterion and one question: answers each followed by the status it gives. */
    private static Stream<Arguments> rows(String id, String key, Object... answersAndStatuses) {
        return IntStream.iterate(0, i -> i < answersAndStatuses.length, i -> i + 2)
                .mapToObj(i -> arguments(id, key, answersAndStatuses[i], (CriterionStatus) answersAndStatuses[i + 1]));
    }

    /** A yes/no question that counts against: YES gives {@code whenYes}, UNSURE asks for review. */
    private static Stream<Arguments> yesOrUnsure(String id, String key, CriterionStatus whenYes) {
        return rows(id, key, "YES", whenYes, "UNSURE", REVIEW);
    }

    /** A multi-select question: each option, ticked alone, gives {@code status}. */
    private static Stream<Arguments> has(String id, String key, CriterionStatus status, String... options) {
        return Stream.of(options).map(option -> arguments(id, key, List.of(option), status));
    }

    private static Map<String, Object> weight(Number value, String unit) {
        return Map.of("value", value, "unit", unit);
    }

    /** Every rule of the spec's table (section 3), with its bounds, read from the answer that triggers it. */
    static Stream<Arguments> ruleRows() {
        return Stream.of(
                rows("I1", "can_attend_visits", "NO", FAIL, "UNSURE", REVIEW),
                rows("I2", "age_years", 17, FAIL, 18, PASS, 70, PASS, 71, FAIL),
                rows("I3", "weight", weight(39.9, "KG"), FAIL, weight(40.0, "KG"), PASS, weight(40, "KG"), PASS,
                        weight(80, "JIN"), PASS, weight(79.9, "JIN"), FAIL,
                        weight(88.19, "LB"), PASS, weight(88.18, "LB"), FAIL),
                rows("I4", "sle_diagnosed", "UNSURE", REVIEW),
                rows("I4", "sle_diagnosis_month", "UNSURE", REVIEW, "2026-05", PASS, "2026-06", REVIEW),
                rows("I5", "disease_active", "NO", FAIL),
                rows("I6", "treated_8_weeks", "NO", FAIL, "UNSURE", REVIEW),
                rows("I7", "willing_contraception", "NO", FAIL, "UNSURE", REVIEW, "NOT_APPLICABLE", PASS),
                yesOrUnsure("E1", "steroid_immuno_allergy", FAIL),
                has("E2", "recent_events_8w", REVIEW, "SEVERE_NEPHRITIS"),
                has("E4", "recent_events_8w", REVIEW, "CNS_DISEASE"),
                has("E5", "recent_events_8w", REVIEW, "LUPUS_CRISIS"),
                has("E6", "conditions", FAIL, "INFLAMMATORY_ARTHRITIS", "INFLAMMATORY_SKIN"),
                has("E7", "conditions", FAIL, "VASCULITIS_OTHER"),
                has("E8", "conditions", FAIL, "TRANSPLANT"),
                yesOrUnsure("E9", "recent_plasma_ivig_dialysis_14d", REVIEW),
                has("E10", "conditions", FAIL, "OTHER_AUTOIMMUNE"),
                has("E11", "conditions", FAIL, "HIV", "HEPATITIS_B_ACTIVE", "HEPATITIS_C", "SYPHILIS"),
                has("E12", "conditions", REVIEW, "TB_UNTREATED"),
                yesOrUnsure("E14", "severe_allergy", FAIL),
                yesOrUnsure("E14", "allergic_constitution", REVIEW),
                has("E15", "conditions", FAIL, "HEART_SEVERE"),
                has("E16", "conditions", FAIL, "LIVER_SEVERE"),
                yesOrUnsure("E18", "current_infection", REVIEW),
                has("E19", "recent_events_4w", REVIEW, "LIVE_VACCINE"),
                yesOrUnsure("E20", "recent_jak_btk", REVIEW),
                yesOrUnsure("E21", "prior_bcell_therapy", FAIL),
                yesOrUnsure("E22", "recent_other_biologic", REVIEW),
                yesOrUnsure("E23", "prior_car_t", FAIL),
                yesOrUnsure("E25", "other_trial_4w", REVIEW),
                has("E26", "recent_events_4w", REVIEW, "MAJOR_SURGERY"),
                yesOrUnsure("E26", "surgery_planned", REVIEW),
                has("E27", "recent_events_4w", REVIEW, "BLOOD_LOSS_400ML"),
                has("E27", "recent_events_8w", REVIEW, "TRANSFUSION"),
                yesOrUnsure("E28", "long_term_anticoagulant", FAIL),
                has("E28", "recent_events_4w", REVIEW, "BLEEDING"),
                has("E29", "conditions", REVIEW, "SEVERE_MENTAL_ILLNESS"),
                yesOrUnsure("E30", "alcohol_drug_problem", REVIEW),
                yesOrUnsure("E31", "pregnant_or_breastfeeding", FAIL),
                yesOrUnsure("E31", "pregnancy_plan_2y", FAIL),
                has("E32", "conditions", FAIL, "CANCER"))
                .flatMap(criterionRows -> criterionRows);
    }

    @ParameterizedTest(name = "{0}: {1} = {2} gives {3}")
    @MethodSource("ruleRows")
    void eachRuleRowDecidesItsCriterionAndOnlyIt(String id, String key, Object answer, CriterionStatus expected) {
        Evaluation evaluation = evaluate(eligibleWith(key, answer));

        assertThat(criterion(evaluation, id).status()).isEqualTo(expected);
        assertThat(evaluation.criteria()).filteredOn(c -> !c.id().equals(id))
                .allSatisfy(c -> assertThat(c.status()).isIn(PASS, STAFF));
        Outcome outcome = switch (expected) {
            case FAIL -> Outcome.NOT_ELIGIBLE;
            case REVIEW -> Outcome.NEEDS_REVIEW;
            default -> Outcome.LIKELY_ELIGIBLE;
        };
        assertThat(evaluation.outcome()).isEqualTo(outcome);
        if (expected != PASS) {
            assertThat(criterion(evaluation, id).reason()).isNotEqualTo(criterion(evaluate(eligible()), id).reason());
        }
    }

    static Stream<Arguments> activityRows() {
        return Stream.of(
                arguments("UNSURE", null, REVIEW),
                arguments("UNSURE", 5, REVIEW),
                arguments("UNSURE", 6, PASS),
                arguments("YES", null, PASS),
                arguments("YES", 5, REVIEW),
                arguments("YES", 6, PASS),
                arguments("NO", 12, FAIL));
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

        assertThat(criterion(evaluation, "I4").status()).isEqualTo(FAIL);
        assertThat(criterion(evaluation, "I4").reason().en()).contains("not been diagnosed");
        for (String id : List.of("I5", "I6")) {
            assertThat(criterion(evaluation, id).status()).isEqualTo(PASS);
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

        assertThat(criterion(evaluation, "I4").status()).isEqualTo(REVIEW);
        assertThat(evaluation.answers()).containsKey("disease_active").doesNotContainKey("sle_diagnosis_month");
    }

    @Test
    void aMaleRespondentIsNotAskedAboutPregnancyAndAnAnswerGivenAnywayIsIgnored() {
        Evaluation evaluation = evaluate(eligibleWith("sex", "MALE", "pregnant_or_breastfeeding", "YES"));

        assertThat(criterion(evaluation, "E31").status()).isEqualTo(PASS);
        assertThat(evaluation.answers()).doesNotContainKey("pregnant_or_breastfeeding");

        Map<String, Object> withoutPregnancy = eligibleWith("sex", "MALE");
        withoutPregnancy.remove("pregnant_or_breastfeeding");
        assertThat(evaluate(withoutPregnancy).outcome()).isEqualTo(Outcome.LIKELY_ELIGIBLE);
        assertThat(criterion(evaluate(eligibleWith("sex", "MALE", "pregnancy_plan_2y", "YES")), "E31").status())
                .isEqualTo(FAIL);
    }

    @Test
    void aRecentDiagnosisNamesTheDateFromWhichTheTwentyFourWeeksHavePassed() {
        Map<String, Object> answers = eligibleWith("sle_diagnosis_month", "2026-06");

        CriterionResult dayBefore = criterion(engine.evaluate(QUESTIONNAIRE, answers, LocalDate.of(2026, 12, 14)), "I4");
        CriterionResult thatDay = criterion(engine.evaluate(QUESTIONNAIRE, answers, LocalDate.of(2026, 12, 15)), "I4");

        // 30 June 2026 + 24 weeks = 15 December 2026
        assertThat(dayBefore.status()).isEqualTo(REVIEW);
        assertThat(dayBefore.reason().en()).contains("from 15 December 2026");
        assertThat(dayBefore.reason().zh()).contains("从 2026年12月15日 起");
        assertThat(dayBefore.recheckFrom()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(thatDay.status()).isEqualTo(PASS);
        assertThat(thatDay.recheckFrom()).isNull();
    }

    @Test
    void aDiagnosisThreeMonthsAgoMayBeRecheckedAtTheEndOfItsMonthPlusTwentyFourWeeks() {
        CriterionResult i4 = criterion(evaluate(eligibleWith("sle_diagnosis_month", "2026-08")), "I4");

        // 31 August 2026 + 24 weeks = 15 February 2027
        assertThat(i4.recheckFrom()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(i4.reason().en()).contains("from 15 February 2027");
    }

    /** Every row with a time window (spec revision 2): the answer, and the days from today to the re-check date. */
    static Stream<Arguments> windowRows() {
        return Stream.of(
                arguments("E2", "recent_events_8w", List.of("SEVERE_NEPHRITIS"), 56),
                arguments("E4", "recent_events_8w", List.of("CNS_DISEASE"), 56),
                arguments("E5", "recent_events_8w", List.of("LUPUS_CRISIS"), 56),
                arguments("E9", "recent_plasma_ivig_dialysis_14d", "YES", 14),
                arguments("E19", "recent_events_4w", List.of("LIVE_VACCINE"), 28),
                arguments("E26", "recent_events_4w", List.of("MAJOR_SURGERY"), 28),
                arguments("E27", "recent_events_4w", List.of("BLOOD_LOSS_400ML"), 28),
                arguments("E27", "recent_events_8w", List.of("TRANSFUSION"), 56),
                arguments("E28", "recent_events_4w", List.of("BLEEDING"), 28));
    }

    @ParameterizedTest(name = "{0}: {1} = {2} may be re-checked {3} days from today")
    @MethodSource("windowRows")
    void aWindowCriterionNamesTheDateFromWhichItsWindowHasPassed(String id, String key, Object answer, int days) {
        CriterionResult result = criterion(evaluate(eligibleWith(key, answer)), id);
        LocalDate from = TODAY.plusDays(days);

        assertThat(result.status()).isEqualTo(REVIEW);
        assertThat(result.recheckFrom()).isEqualTo(from);
        assertThat(result.reason().en()).contains("from " + from.getDayOfMonth() + " ").doesNotContain("{date}");
        assertThat(result.reason().zh()).contains(from.getYear() + "年" + from.getMonthValue() + "月" + from.getDayOfMonth() + "日");
    }

    @Test
    void onlyDatedReasonsCarryARecheckDateAndSeveralGiveTheLatest() {
        Evaluation evaluation = evaluate(eligibleWith("recent_plasma_ivig_dialysis_14d", "UNSURE", "surgery_planned", "YES",
                "recent_events_4w", List.of("BLOOD_LOSS_400ML"), "recent_events_8w", List.of("TRANSFUSION")));

        assertThat(criterion(evaluation, "E9").recheckFrom()).isNull();
        assertThat(criterion(evaluation, "E26").recheckFrom()).isNull();
        assertThat(criterion(evaluation, "E27").recheckFrom()).isEqualTo(TODAY.plusWeeks(8));
        assertThat(evaluate(eligible()).criteria()).allSatisfy(c -> assertThat(c.recheckFrom()).isNull());
    }

    @Test
    void aWomanPastMenopauseForWhomContraceptionIsNotNeededMayQualify() {
        Evaluation evaluation = evaluate(eligibleWith("age_years", 65, "willing_contraception", "NOT_APPLICABLE"));

        assertThat(evaluation.outcome()).isEqualTo(Outcome.LIKELY_ELIGIBLE);
        assertThat(criterion(evaluation, "I7").status()).isEqualTo(PASS);
        assertThat(evaluation.answers()).containsEntry("willing_contraception", "NOT_APPLICABLE");
    }

    @Test
    void answeringNoToContraceptionSaysWhatTheStudyRequiresWithoutCallingThePersonUnwilling() {
        CriterionResult i7 = criterion(evaluate(eligibleWith("willing_contraception", "NO")), "I7");

        assertThat(i7.status()).isEqualTo(FAIL);
        assertThat(i7.reason().en()).contains("requires", "Not needed for me").doesNotContain("would not", "unwilling");
        assertThat(i7.reason().zh()).contains("我不需要").doesNotContain("不愿意");
    }

    @Test
    void anInfectionRulesOutNamingOnlyWhatWasTicked() {
        CriterionResult hepatitisB = criterion(evaluate(eligibleWith("conditions", List.of("HEPATITIS_B_ACTIVE"))), "E11");
        CriterionResult two = criterion(evaluate(eligibleWith("conditions", List.of("HIV", "SYPHILIS"))), "E11");

        assertThat(hepatitisB.status()).isEqualTo(FAIL);
        assertThat(hepatitisB.reason().en()).contains("hepatitis B").doesNotContain("HIV", "syphilis", "hepatitis C");
        assertThat(hepatitisB.reason().zh()).contains("乙型肝炎").doesNotContain("艾滋病", "梅毒", "丙");
        assertThat(two.reason().en()).contains("HIV", "syphilis").doesNotContain("hepatitis");
    }

    @Test
    void anAllergicConstitutionIsForTheDoctorToJudgeWhileAnaphylaxisRulesOut() {
        Evaluation constitution = evaluate(eligibleWith("allergic_constitution", "YES"));
        Evaluation both = evaluate(eligibleWith("allergic_constitution", "YES", "severe_allergy", "YES"));

        assertThat(constitution.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(criterion(constitution, "E14").reason().en()).contains("study doctor decides");
        assertThat(criterion(constitution, "E14").reason().zh()).contains("过敏体质", "研究医生");
        assertThat(criterion(both, "E14").status()).isEqualTo(FAIL);
        assertThat(criterion(both, "E14").reason().en()).contains("anaphylaxis").doesNotContain("constitution");
    }

    @Test
    void theScreeningVisitChecksWhatAppliesToThePersonAndAManHasNoPregnancyTest() {
        List<ScreeningCheck> woman = engine.screeningChecks(QUESTIONNAIRE, evaluate(eligible()));
        List<ScreeningCheck> man = engine.screeningChecks(QUESTIONNAIRE, evaluate(eligibleWith("sex", "MALE")));

        assertThat(woman).extracting(ScreeningCheck::id)
                .containsExactly("I1", "I5", "I7", "E3", "E11", "E13", "E17", "E24", "E33");
        assertThat(woman).filteredOn(c -> c.id().equals("I7")).singleElement()
                .satisfies(c -> assertThat(c.what().en()).contains("pregnancy test"));
        assertThat(man).extracting(ScreeningCheck::id).containsExactly("I1", "I5", "E3", "E11", "E13", "E17", "E24", "E33");
    }

    @Test
    void failWinsOverReviewAndEveryMatchingReasonIsGiven() {
        Evaluation evaluation = evaluate(eligibleWith("pregnancy_plan_2y", "YES", "pregnant_or_breastfeeding", "UNSURE",
                "surgery_planned", "UNSURE", "recent_events_4w", List.of("MAJOR_SURGERY", "LIVE_VACCINE")));

        assertThat(criterion(evaluation, "E31").status()).isEqualTo(FAIL);
        assertThat(criterion(evaluation, "E26").status()).isEqualTo(REVIEW);
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
