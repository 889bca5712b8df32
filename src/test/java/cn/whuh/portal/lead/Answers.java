package cn.whuh.portal.lead;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Complete answers of prescreen-spec.md for the three outcomes. */
public final class Answers {

    private Answers() {
    }

    /** A 34-year-old woman with active lupus, diagnosed 2021, treated, nothing that rules her out. */
    public static Map<String, Object> likelyEligible() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("respondent", "SELF");
        answers.put("age_years", 34);
        answers.put("sex", "FEMALE");
        answers.put("weight", Map.of("value", 52, "unit", "KG"));
        answers.put("can_attend_visits", "YES");
        answers.put("sle_diagnosed", "YES");
        answers.put("sle_diagnosis_month", "2021-03");
        answers.put("disease_active", "YES");
        answers.put("treated_8_weeks", "YES");
        for (String no : List.of("prior_bcell_therapy", "prior_car_t", "steroid_immuno_allergy", "severe_allergy",
                "recent_plasma_ivig_dialysis_14d", "current_infection", "recent_jak_btk", "recent_other_biologic",
                "other_trial_4w", "long_term_anticoagulant", "surgery_planned", "alcohol_drug_problem",
                "pregnant_or_breastfeeding", "pregnancy_plan_2y")) {
            answers.put(no, "NO");
        }
        answers.put("conditions", List.of());
        answers.put("recent_events_8w", List.of());
        answers.put("recent_events_4w", List.of());
        answers.put("willing_contraception", "YES");
        return answers;
    }

    /** The same person after a live vaccine in the past 4 weeks (E19: review). */
    public static Map<String, Object> needsReview() {
        Map<String, Object> answers = likelyEligible();
        answers.put("recent_events_4w", List.of("LIVE_VACCINE"));
        return answers;
    }

    /** The same person at 17 (I2 fails). */
    public static Map<String, Object> notEligible() {
        Map<String, Object> answers = likelyEligible();
        answers.put("age_years", 17);
        return answers;
    }
}
