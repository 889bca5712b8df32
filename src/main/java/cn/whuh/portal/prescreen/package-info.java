/**
 * The self-check: the questionnaire and its rules as data ({@code studies/<NCT id>/prescreen.yaml}, loaded by
 * {@code QuestionnaireRegistry}), the rules engine that evaluates answers criterion by criterion into an
 * outcome, with a re-check date where a criterion is only temporarily unmet; the questionnaire and result pages
 * ({@code ui}) and the questionnaire and evaluate API ({@code api}). It stores nothing: what follows a result is
 * offered by other features through {@code ui.ResultNextStep}.
 */
package cn.whuh.portal.prescreen;
