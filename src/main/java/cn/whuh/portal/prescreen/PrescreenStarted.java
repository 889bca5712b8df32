package cn.whuh.portal.prescreen;

/** Published when a visitor opens the questionnaire for the first time in a browser session (no personal data). */
public record PrescreenStarted(String nctId) {
}
