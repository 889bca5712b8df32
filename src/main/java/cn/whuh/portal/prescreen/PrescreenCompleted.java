package cn.whuh.portal.prescreen;

/**
 * Published when a visitor finishes the questionnaire in the browser and sees a result. Carries the
 * evaluation for counting (outcome, version); nothing of it is stored unless the person consents.
 */
public record PrescreenCompleted(Evaluation evaluation) {
}
