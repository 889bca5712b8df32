package cn.whuh.portal.prescreen.api;

import cn.whuh.portal.base.api.ApiLanguage;
import cn.whuh.portal.base.i18n.Text;
import cn.whuh.portal.prescreen.AnswerChoices;
import cn.whuh.portal.prescreen.Condition;
import cn.whuh.portal.prescreen.Criterion;
import cn.whuh.portal.prescreen.CriterionResult;
import cn.whuh.portal.prescreen.Evaluation;
import cn.whuh.portal.prescreen.Question;
import cn.whuh.portal.prescreen.Questionnaire;
import cn.whuh.portal.prescreen.RulesPrescreenEngine;
import cn.whuh.portal.study.Study;
import cn.whuh.portal.study.StudyCatalog;
import cn.whuh.portal.study.api.UnknownStudyException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The questionnaire and its evaluation as JSON (docs/api.md): the same engine and checks as the browser
 * form. Texts follow Accept-Language (en, zh); evaluating stores nothing.
 */
@RestController
@RequestMapping("/api/studies/{nctId}/prescreen")
public class PrescreenController {

    private final RulesPrescreenEngine engine;
    private final AnswerChoices choices;
    private final StudyCatalog studies;

    public PrescreenController(RulesPrescreenEngine engine, AnswerChoices choices, StudyCatalog studies) {
        this.engine = engine;
        this.choices = choices;
        this.studies = studies;
    }

    public record OptionJson(String key, String label) {
    }

    public record QuestionJson(String key, String type, boolean required, String label, String help,
            List<OptionJson> options, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<OptionJson> units,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer min,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer max, Condition shownWhen) {
    }

    public record CriterionJson(String id, String title, String text, List<String> askedBy,
            @JsonInclude(JsonInclude.Include.NON_NULL) String checkedBy,
            @JsonInclude(JsonInclude.Include.NON_NULL) String checkedAtScreening) {
    }

    public record StepJson(String key, String title, List<String> questions) {
    }

    public record QuestionnaireJson(String nctId, String version, List<StepJson> steps, List<QuestionJson> questions,
            List<CriterionJson> criteria) {
    }

    public record EvaluateRequest(Map<String, Object> answers) {
    }

    /** One criterion's result; {@code recheck_from} is an ISO date (Asia/Shanghai) or null, never left out. */
    public record CriterionResultJson(String id, String status, String title, String reason,
            @JsonProperty("recheck_from") @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate recheckFrom) {
    }

    public record EvaluationJson(String outcome, String questionnaireVersion, String today,
            List<CriterionResultJson> criteria) {
    }

    @GetMapping
    public QuestionnaireJson questionnaire(@PathVariable String nctId, HttpServletRequest request) {
        Questionnaire questionnaire = find(nctId);
        Locale locale = ApiLanguage.of(request);
        Optional<Study> study = studies.find(nctId);
        return new QuestionnaireJson(questionnaire.nctId(), questionnaire.version(),
                questionnaire.steps().stream()
                        .map(s -> new StepJson(s.key(), s.title().in(locale), s.questions()))
                        .toList(),
                questionnaire.questions().stream().map(q -> question(q, locale)).toList(),
                questionnaire.criteria().stream().map(c -> criterion(c, study, locale)).toList());
    }

    @PostMapping("/evaluate")
    public EvaluationJson evaluate(@PathVariable String nctId, @RequestBody EvaluateRequest body,
            HttpServletRequest request) {
        Questionnaire questionnaire = find(nctId);
        Locale locale = ApiLanguage.of(request);
        Evaluation evaluation = engine.evaluate(questionnaire, body.answers(), engine.today());
        return new EvaluationJson(evaluation.outcome().name(), evaluation.questionnaireVersion(),
                evaluation.today().toString(),
                evaluation.criteria().stream().map(c -> result(c, locale)).toList());
    }

    private Questionnaire find(String nctId) {
        return engine.questionnaire(nctId)
                .orElseThrow(() -> new UnknownStudyException(nctId));
    }

    private QuestionJson question(Question q, Locale locale) {
        return new QuestionJson(q.key(), q.type().name(), q.isRequired(), q.label().in(locale), in(q.help(), locale),
                choices.of(q).stream().map(c -> new OptionJson(c.key(), c.label().in(locale))).toList(),
                q.units().stream().map(u -> new OptionJson(u.key(), u.label().in(locale))).toList(),
                q.min(), q.max(), q.shownWhen());
    }

    private static CriterionJson criterion(Criterion c, Optional<Study> study, Locale locale) {
        Text text = study.flatMap(s -> protocolText(s, c.id())).orElse(c.title());
        return new CriterionJson(c.id(), c.title().in(locale), text.in(locale), c.askedBy(),
                c.staffOnly() ? c.checkedBy().name() : null, in(c.screening(), locale));
    }

    private static Optional<Text> protocolText(Study study, String criterionId) {
        try {
            return Optional.of(study.criterionText(criterionId));
        } catch (NoSuchElementException e) {
            return Optional.empty();
        }
    }

    private static CriterionResultJson result(CriterionResult c, Locale locale) {
        return new CriterionResultJson(c.id(), c.status().name(), c.title().in(locale), c.reason().in(locale),
                c.recheckFrom());
    }

    private static String in(Text text, Locale locale) {
        return text == null ? null : text.in(locale);
    }
}
