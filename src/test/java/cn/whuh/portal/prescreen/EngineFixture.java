package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.i18n.BilingualMessages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The real engine, questionnaire file and message bundle, without Spring, for fast unit tests. */
final class EngineFixture {

    static final String NCT = "NCT06106906";
    static final QuestionnaireRegistry REGISTRY = new QuestionnaireRegistry();
    static final Questionnaire QUESTIONNAIRE = REGISTRY.find(NCT).orElseThrow();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private EngineFixture() {
    }

    static BilingualMessages messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/prescreen");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new BilingualMessages(source);
    }

    static RulesPrescreenEngine engine(QuestionnaireRegistry registry) {
        return new RulesPrescreenEngine(registry, messages(), Clock.systemUTC());
    }

    static RulesPrescreenEngine engine() {
        return engine(REGISTRY);
    }

    /** A woman whose every answer passes: the outcome is LIKELY_ELIGIBLE. */
    static Map<String, Object> eligible() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("respondent", "SELF");
        answers.put("age_years", 34);
        answers.put("sex", "FEMALE");
        answers.put("weight", Map.of("value", 52, "unit", "KG"));
        answers.put("can_attend_visits", "YES");
        answers.put("sle_diagnosed", "YES");
        answers.put("sle_diagnosis_month", "2021-03");
        answers.put("disease_active", "YES");
        answers.put("sledai_score", 8);
        answers.put("treated_8_weeks", "YES");
        for (String no : List.of("prior_bcell_therapy", "prior_car_t", "steroid_immuno_allergy", "severe_allergy",
                "allergic_constitution", "recent_plasma_ivig_dialysis_14d", "current_infection", "recent_jak_btk",
                "recent_other_biologic", "other_trial_4w", "long_term_anticoagulant", "surgery_planned", "alcohol_drug_problem",
                "pregnant_or_breastfeeding", "pregnancy_plan_2y")) {
            answers.put(no, "NO");
        }
        answers.put("conditions", List.of());
        answers.put("recent_events_8w", List.of());
        answers.put("recent_events_4w", List.of());
        answers.put("willing_contraception", "YES");
        return answers;
    }

    static Map<String, Object> eligibleWith(Object... keysAndValues) {
        Map<String, Object> answers = eligible();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            answers.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return answers;
    }
}
