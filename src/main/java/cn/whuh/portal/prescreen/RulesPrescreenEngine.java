package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.api.FieldProblemsException;
import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.base.i18n.BilingualMessages;
import cn.whuh.portal.base.i18n.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The pre-screening engine: checks answers against a study's questionnaire data file and runs the
 * criteria's rules, which are data too (prescreen-spec.md §1–3). For each criterion the most severe
 * matching rule wins (FAIL before REVIEW), no match is PASS, a criterion whose questions are all hidden
 * is PASS "not applicable", and STAFF criteria are left to the screening visit.
 */
@Service
public class RulesPrescreenEngine implements PrescreenEngine {

    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINESE);

    private final QuestionnaireRegistry registry;
    private final BilingualMessages messages;
    private final Clock clock;

    public RulesPrescreenEngine(QuestionnaireRegistry registry, BilingualMessages messages, Clock clock) {
        this.registry = registry;
        this.messages = messages;
        this.clock = clock;
    }

    public Optional<Questionnaire> questionnaire(String nctId) {
        return registry.find(nctId);
    }

    /** Today in the site's time zone (Asia/Shanghai), from the portal's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfig.SITE_ZONE));
    }

    @Override
    public Evaluation evaluate(String nctId, Map<String, Object> answers) {
        Questionnaire questionnaire = questionnaire(nctId)
                .orElseThrow(() -> new NoSuchElementException("No questionnaire for study " + nctId));
        return evaluate(questionnaire, answers, today());
    }

    /** Checks answers without evaluating them: what is hidden and what is wrong (for one step of a form). */
    public CheckedAnswers check(Questionnaire questionnaire, Map<String, ?> answers, LocalDate today) {
        return AnswerCheck.check(questionnaire, answers, messages, today);
    }

    /**
     * Evaluates answers for a given day: a pure function of its arguments.
     *
     * @throws FieldProblemsException with one entry per offending field
     */
    public Evaluation evaluate(Questionnaire questionnaire, Map<String, ?> answers, LocalDate today) {
        CheckedAnswers checked = check(questionnaire, answers, today);
        if (!checked.valid()) {
            throw new FieldProblemsException(checked.problems());
        }
        Condition.Facts facts = new Condition.Facts(checked.facts(), today);
        List<CriterionResult> results = new ArrayList<>();
        for (Criterion criterion : questionnaire.criteria()) {
            results.add(evaluate(criterion, checked, facts));
        }
        return new Evaluation(questionnaire.nctId(), questionnaire.version(), today, checked.counted(),
                outcome(results), List.copyOf(results));
    }

    private CriterionResult evaluate(Criterion criterion, CheckedAnswers checked, Condition.Facts facts) {
        if (criterion.staffOnly()) {
            return result(criterion, CriterionStatus.STAFF, criterion.staffReason());
        }
        if (criterion.askedBy().stream().noneMatch(checked::shown)) {
            return result(criterion, CriterionStatus.PASS, messages.text("prescreen.reason.notApplicable"));
        }
        for (CriterionStatus status : List.of(CriterionStatus.FAIL, CriterionStatus.REVIEW)) {
            List<Text> reasons = criterion.rules().stream()
                    .filter(rule -> rule.status() == status && rule.when().test(facts))
                    .map(rule -> reason(rule, facts))
                    .toList();
            if (!reasons.isEmpty()) {
                return result(criterion, status, join(reasons));
            }
        }
        Text pass = criterion.passReason() != null ? criterion.passReason() : messages.text("prescreen.reason.pass");
        return result(criterion, CriterionStatus.PASS, pass);
    }

    private static CriterionResult result(Criterion criterion, CriterionStatus status, Text reason) {
        return new CriterionResult(criterion.id(), status, criterion.title(), reason);
    }

    /** The rule's reason, with {date} replaced by the date from which its time window has passed. */
    private static Text reason(Rule rule, Condition.Facts facts) {
        return rule.when().passesFrom(facts)
                .map(date -> new Text(rule.reason().en().replace("{date}", DATE_EN.format(date)),
                        rule.reason().zh().replace("{date}", DATE_ZH.format(date))))
                .orElse(rule.reason());
    }

    private static Text join(List<Text> reasons) {
        return new Text(String.join(" ", reasons.stream().map(Text::en).toList()),
                String.join("", reasons.stream().map(Text::zh).toList()));
    }

    static Outcome outcome(List<CriterionResult> results) {
        if (results.stream().anyMatch(r -> r.status() == CriterionStatus.FAIL)) {
            return Outcome.NOT_ELIGIBLE;
        }
        if (results.stream().anyMatch(r -> r.status() == CriterionStatus.REVIEW)) {
            return Outcome.NEEDS_REVIEW;
        }
        return Outcome.LIKELY_ELIGIBLE;
    }
}
