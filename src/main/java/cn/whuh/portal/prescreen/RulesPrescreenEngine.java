package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.api.FieldProblemsException;
import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.base.i18n.BilingualMessages;
import cn.whuh.portal.base.i18n.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The pre-screening engine: checks answers against a study's questionnaire data file and runs the
 * criteria's rules, which are data too (docs/questionnaire.md). For each criterion the most severe
 * matching rule wins (FAIL before REVIEW), no match is PASS, a criterion whose questions are all hidden
 * is PASS "not applicable", and STAFF criteria are left to the screening visit. A result whose matching rows
 * have time windows carries the latest date from which they have passed as {@code recheckFrom}.
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
            return new CriterionResult(criterion.id(), CriterionStatus.STAFF, criterion.title(), criterion.staffReason());
        }
        if (criterion.askedBy().stream().noneMatch(checked::shown)) {
            return new CriterionResult(criterion.id(), CriterionStatus.PASS, criterion.title(),
                    messages.text("prescreen.reason.notApplicable"));
        }
        for (CriterionStatus status : List.of(CriterionStatus.FAIL, CriterionStatus.REVIEW)) {
            List<Rule> matching = criterion.rules().stream()
                    .filter(rule -> rule.status() == status && rule.when().test(facts))
                    .toList();
            if (!matching.isEmpty()) {
                LocalDate recheckFrom = matching.stream().map(rule -> rule.recheckFrom(facts)).flatMap(Optional::stream)
                        .max(Comparator.naturalOrder()).orElse(null);
                return new CriterionResult(criterion.id(), status, criterion.title(),
                        join(matching.stream().map(rule -> reason(rule, facts)).toList()), recheckFrom);
            }
        }
        Text pass = criterion.passReason() != null ? criterion.passReason() : messages.text("prescreen.reason.pass");
        return new CriterionResult(criterion.id(), CriterionStatus.PASS, criterion.title(), pass);
    }

    /** The rule's reason, with {date} replaced by the date from which its time window has passed. */
    private static Text reason(Rule rule, Condition.Facts facts) {
        return rule.recheckFrom(facts)
                .map(date -> new Text(rule.reason().en().replace("{date}", DATE_EN.format(date)),
                        rule.reason().zh().replace("{date}", DATE_ZH.format(date))))
                .orElse(rule.reason());
    }

    private static Text join(List<Text> reasons) {
        return new Text(String.join(" ", reasons.stream().map(Text::en).toList()),
                String.join("", reasons.stream().map(Text::zh).toList()));
    }

    /**
     * What the study team still checks in person for an evaluation, in questionnaire order: the STAFF criteria and
     * the screening parts of asked criteria that apply to this person (their {@code screeningWhen}).
     */
    public List<ScreeningCheck> screeningChecks(Questionnaire questionnaire, Evaluation evaluation) {
        Condition.Facts facts = new Condition.Facts(
                check(questionnaire, evaluation.answers(), evaluation.today()).facts(), evaluation.today());
        List<ScreeningCheck> checks = new ArrayList<>();
        for (Criterion criterion : questionnaire.criteria()) {
            if (criterion.staffOnly()) {
                checks.add(new ScreeningCheck(criterion.id(), criterion.title(), criterion.staffReason()));
            } else if (criterion.screening() != null
                    && (criterion.screeningWhen() == null || criterion.screeningWhen().test(facts))) {
                checks.add(new ScreeningCheck(criterion.id(), criterion.title(), criterion.screening()));
            }
        }
        return List.copyOf(checks);
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
