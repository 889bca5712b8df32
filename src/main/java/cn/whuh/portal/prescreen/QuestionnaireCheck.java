package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.i18n.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sense checks a questionnaire data file must pass before the portal starts: every text in both
 * languages, unique keys, every question on exactly one step, conditions that read known (and, for
 * shownWhen, earlier) questions with operators and values that fit their type, rules that read only the
 * questions their criterion is asked by.
 */
final class QuestionnaireCheck {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,59}");
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final String DATE = "{date}";

    private final Questionnaire questionnaire;
    private final List<String> problems = new ArrayList<>();

    private QuestionnaireCheck(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    static List<String> problems(Questionnaire questionnaire) {
        QuestionnaireCheck check = new QuestionnaireCheck(questionnaire);
        check.run();
        return check.problems;
    }

    private void run() {
        require(questionnaire.nctId() != null && !questionnaire.nctId().isBlank(), "nctId is missing");
        require(questionnaire.version() != null && !questionnaire.version().isBlank(), "version is missing");
        require(!questionnaire.questions().isEmpty(), "there are no questions");
        require(!questionnaire.criteria().isEmpty(), "there are no criteria");
        checkQuestions();
        checkSteps();
        checkCriteria();
    }

    private void checkQuestions() {
        Set<String> earlier = new HashSet<>();
        for (Question q : questionnaire.questions()) {
            String at = "questions[" + q.key() + "]";
            require(q.key() != null && KEY.matcher(q.key()).matches(), at + ": key must be lower_snake_case");
            require(earlier.add(q.key()), at + ": key used twice");
            require(q.type() != null, at + ": type is missing");
            text(at + ".label", q.label(), true);
            text(at + ".help", q.help(), false);
            if (q.type() == null) {
                continue;
            }
            switch (q.type()) {
                case CHOICE, MULTI_CHOICE -> checkOptions(at, q);
                case YES_NO_UNSURE -> checkExtraOptions(at, q);
                case WEIGHT -> checkUnits(at, q);
                case INTEGER -> require(q.min() != null && q.max() != null && q.min() <= q.max(),
                        at + ": an INTEGER needs min <= max");
                default -> require(q.options().isEmpty(), at + ": options only for CHOICE, MULTI_CHOICE and YES_NO_UNSURE");
            }
            if (q.shownWhen() != null) {
                Set<String> before = new HashSet<>(earlier);
                before.remove(q.key());
                condition(at + ".shownWhen", q.shownWhen(), before);
            }
        }
    }

    private void checkOptions(String at, Question q) {
        require(!q.options().isEmpty(), at + ": a " + q.type() + " needs options");
        optionKeysAndLabels(at, q, new HashSet<>());
    }

    /** A yes/no question may offer further answers after Yes, No and I'm not sure. */
    private void checkExtraOptions(String at, Question q) {
        optionKeysAndLabels(at, q, new HashSet<>(List.of(QuestionType.YES, QuestionType.NO, QuestionType.UNSURE)));
    }

    private void optionKeysAndLabels(String at, Question q, Set<String> keys) {
        for (Choice option : q.options()) {
            require(option.key() != null && ID.matcher(option.key()).matches() && keys.add(option.key()),
                    at + ": option key " + option.key() + " must be UPPER_CASE and unique");
            text(at + ".options[" + option.key() + "].label", option.label(), true);
        }
    }

    private void checkUnits(String at, Question q) {
        require(!q.units().isEmpty(), at + ": a WEIGHT needs units");
        require(q.min() != null && q.max() != null && 0 < q.min() && q.min() <= q.max(),
                at + ": a WEIGHT needs bounds in kg, 0 < min <= max");
        for (WeightUnit unit : q.units()) {
            require(unit.key() != null && ID.matcher(unit.key()).matches(), at + ": unit key " + unit.key());
            require(unit.kg() != null && unit.kg().signum() > 0, at + ": unit " + unit.key() + " needs kg > 0");
            text(at + ".units[" + unit.key() + "].label", unit.label(), true);
        }
    }

    private void checkSteps() {
        Set<String> placed = new HashSet<>();
        Set<String> stepKeys = new HashSet<>();
        for (Step step : questionnaire.steps()) {
            String at = "steps[" + step.key() + "]";
            require(step.key() != null && KEY.matcher(step.key()).matches() && stepKeys.add(step.key()),
                    at + ": key must be lower_snake_case and unique");
            text(at + ".title", step.title(), true);
            text(at + ".intro", step.intro(), false);
            require(step.questions() != null && !step.questions().isEmpty(), at + ": no questions");
            for (String key : step.questions() == null ? List.<String>of() : step.questions()) {
                require(questionnaire.question(key).isPresent(), at + ": unknown question " + key);
                require(placed.add(key), at + ": question " + key + " is on two steps");
            }
        }
        questionnaire.questions().stream().map(Question::key).filter(k -> !placed.contains(k))
                .forEach(k -> problems.add("question " + k + " is on no step"));
    }

    private void checkCriteria() {
        Set<String> ids = new HashSet<>();
        for (Criterion c : questionnaire.criteria()) {
            String at = "criteria[" + c.id() + "]";
            require(c.id() != null && ID.matcher(c.id()).matches() && ids.add(c.id()), at + ": id must be unique");
            text(at + ".title", c.title(), true);
            text(at + ".passReason", c.passReason(), false);
            text(at + ".screening", c.screening(), false);
            if (c.screeningWhen() != null) {
                require(c.screening() != null, at + ": screeningWhen without screening");
                condition(at + ".screeningWhen", c.screeningWhen(),
                        new HashSet<>(questionnaire.questions().stream().map(Question::key).toList()));
            }
            if (c.staffOnly()) {
                require(c.askedBy().isEmpty() && c.rules().isEmpty(), at + ": a STAFF criterion has no questions or rules");
                text(at + ".staffReason", c.staffReason(), true);
                continue;
            }
            require(c.checkedBy() == null, at + ": checkedBy may only be STAFF");
            require(!c.askedBy().isEmpty(), at + ": askedBy is empty (use checkedBy: STAFF)");
            c.askedBy().forEach(k -> require(questionnaire.question(k).isPresent(), at + ": unknown question " + k));
            for (int i = 0; i < c.rules().size(); i++) {
                Rule rule = c.rules().get(i);
                String ruleAt = at + ".rules[" + i + "]";
                require(rule.status() == CriterionStatus.FAIL || rule.status() == CriterionStatus.REVIEW,
                        ruleAt + ": status must be FAIL or REVIEW");
                text(ruleAt + ".reason", rule.reason(), true);
                if (rule.when() == null) {
                    problems.add(ruleAt + ": when is missing");
                } else {
                    condition(ruleAt + ".when", rule.when(), new HashSet<>(c.askedBy()));
                    window(ruleAt, rule);
                }
            }
        }
    }

    /** A time window gives a date exactly when the reason names {date}; recheckAfter is a REVIEW's, once. */
    private void window(String at, Rule rule) {
        if (rule.recheckAfter() != null) {
            require(rule.status() == CriterionStatus.REVIEW, at + ": recheckAfter only on a REVIEW rule");
            require(!rule.recheckAfter().isNegative() && !rule.recheckAfter().isZero(), at + ": recheckAfter must be positive");
            require(!rule.when().windowed(), at + ": recheckAfter and monthEndWithinWeeks in one rule");
        }
        if (rule.reason() != null && rule.reason().en() != null && rule.reason().zh() != null) {
            boolean named = rule.reason().en().contains(DATE) && rule.reason().zh().contains(DATE);
            boolean mentioned = rule.reason().en().contains(DATE) || rule.reason().zh().contains(DATE);
            require(named == mentioned, at + ".reason: " + DATE + " must be in both languages or in neither");
            require(mentioned == rule.dated(), at + ".reason: names " + DATE + " exactly when the rule has a time window"
                    + " (recheckAfter or monthEndWithinWeeks)");
        }
    }

    private void condition(String at, Condition condition, Set<String> readable) {
        List<String> operators = condition.operatorNames();
        if (operators.size() != 1) {
            problems.add(at + ": needs exactly one operator, has " + operators);
            return;
        }
        List<Condition> children = condition.children();
        if (!children.isEmpty() || operators.contains("all") || operators.contains("any")) {
            require(condition.key() == null, at + ": a combining condition has no key");
            require(!children.isEmpty(), at + ": combines nothing");
            children.forEach(child -> condition(at + "." + operators.getFirst(), child, readable));
            return;
        }
        Question q = condition.key() == null ? null : questionnaire.question(condition.key()).orElse(null);
        if (q == null || !readable.contains(q.key())) {
            problems.add(at + ": reads " + condition.key() + ", which is not a question it may read here");
            return;
        }
        operand(at, condition, q, operators.getFirst());
    }

    private void operand(String at, Condition condition, Question q, String operator) {
        QuestionType type = q.type();
        switch (operator) {
            case "equals", "notEquals" -> {
                String value = condition.equals() != null ? condition.equals() : condition.notEquals();
                boolean known = q.optionKeys().contains(value)
                        || (type == QuestionType.YEAR_MONTH && QuestionType.UNSURE.equals(value));
                require(known, at + ": " + value + " is not an answer of " + q.key());
            }
            case "hasAny" -> {
                require(type == QuestionType.MULTI_CHOICE, at + ": hasAny needs a MULTI_CHOICE question");
                condition.hasAny().forEach(o -> require(q.option(o).isPresent(), at + ": unknown option " + o));
            }
            case "monthEndWithinWeeks" -> require(type == QuestionType.YEAR_MONTH && condition.monthEndWithinWeeks() > 0,
                    at + ": monthEndWithinWeeks needs a YEAR_MONTH question and weeks > 0");
            default -> require(type == QuestionType.INTEGER || type == QuestionType.WEIGHT,
                    at + ": " + operator + " needs an INTEGER or WEIGHT question");
        }
    }

    private void text(String at, Text text, boolean required) {
        if (text == null) {
            require(!required, at + " is missing");
            return;
        }
        require(text.en() != null && !text.en().isBlank(), at + ": English text is missing");
        require(text.zh() != null && !text.zh().isBlank(), at + ": Chinese text is missing");
    }

    private void require(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
