package cn.whuh.portal.prescreen;

import java.util.List;
import java.util.Map;

/** Complete answers for each outcome, for tests outside this package (built on {@link EngineFixture}). */
public final class Answers {

    private Answers() {
    }

    /** A 34-year-old woman with active lupus, diagnosed 2021, treated, nothing that rules her out. */
    public static Map<String, Object> likelyEligible() {
        return EngineFixture.eligible();
    }

    /** The same person after a live vaccine in the past 4 weeks (E19: review). */
    public static Map<String, Object> needsReview() {
        return EngineFixture.eligibleWith("recent_events_4w", List.of("LIVE_VACCINE"));
    }

    /** The same person at 17 (I2 fails). */
    public static Map<String, Object> notEligible() {
        return EngineFixture.eligibleWith("age_years", 17);
    }
}
