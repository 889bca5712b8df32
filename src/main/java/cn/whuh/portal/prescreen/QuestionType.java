package cn.whuh.portal.prescreen;

/** The kinds of question a questionnaire data file may ask, and the answer each takes (docs/questionnaire.md). */
public enum QuestionType {
    /** {@code YES}, {@code NO} or {@code UNSURE}, or one of the question's own further options. */
    YES_NO_UNSURE,
    /** One option key. */
    CHOICE,
    /** A list of option keys; an empty list means "none of these". */
    MULTI_CHOICE,
    /** A whole number within the question's bounds. */
    INTEGER,
    /** {@code {"value": number, "unit": unit key}}, within the question's bounds in kg; rules see it in kg. */
    WEIGHT,
    /** {@code YYYY-MM}, not in the future, or {@code UNSURE}. */
    YEAR_MONTH;

    public static final String YES = "YES";
    public static final String NO = "NO";
    public static final String UNSURE = "UNSURE";
}
