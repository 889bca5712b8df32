package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.api.FieldProblem;
import cn.whuh.portal.base.i18n.BilingualMessages;
import cn.whuh.portal.base.i18n.Text;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks answers given as JSON-like values against a questionnaire (docs/questionnaire.md): unknown keys,
 * missing required answers to shown questions, wrong types, unknown options, values out of range and
 * months in the future are problems; answers to hidden questions are ignored.
 */
final class AnswerCheck {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final int MAX_FIELD_NAME = 60;

    private final Questionnaire questionnaire;
    private final BilingualMessages messages;
    private final LocalDate today;
    private final Map<String, Object> counted = new LinkedHashMap<>();
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final Set<String> hidden = new LinkedHashSet<>();
    private final List<FieldProblem> problems = new ArrayList<>();

    private AnswerCheck(Questionnaire questionnaire, BilingualMessages messages, LocalDate today) {
        this.questionnaire = questionnaire;
        this.messages = messages;
        this.today = today;
    }

    static CheckedAnswers check(Questionnaire questionnaire, Map<String, ?> answers, BilingualMessages messages,
            LocalDate today) {
        AnswerCheck check = new AnswerCheck(questionnaire, messages, today);
        Map<String, ?> given = answers == null ? Map.of() : answers;
        given.keySet().stream()
                .filter(key -> key == null || questionnaire.question(key).isEmpty())
                .forEach(key -> check.problem(fieldName(key), "prescreen.error.unknownQuestion"));
        questionnaire.questions().forEach(q -> check.answer(q, given.get(q.key())));
        return new CheckedAnswers(Collections.unmodifiableMap(check.counted),
                Collections.unmodifiableMap(check.facts), Collections.unmodifiableSet(check.hidden),
                List.copyOf(check.problems));
    }

    private static String fieldName(String key) {
        String name = String.valueOf(key);
        return name.length() > MAX_FIELD_NAME ? name.substring(0, MAX_FIELD_NAME) + "…" : name;
    }

    private void answer(Question q, Object value) {
        if (q.shownWhen() != null && !q.shownWhen().test(new Condition.Facts(facts, today))) {
            hidden.add(q.key());
            return;
        }
        if (value == null) {
            if (q.isRequired()) {
                problem(q.key(), "prescreen.error.required");
            }
            return;
        }
        switch (q.type()) {
            case YES_NO_UNSURE, CHOICE -> choice(q, value);
            case MULTI_CHOICE -> multiChoice(q, value);
            case INTEGER -> integer(q, value);
            case WEIGHT -> weight(q, value);
            case YEAR_MONTH -> month(q, value);
        }
    }

    private void choice(Question q, Object value) {
        if (value instanceof String key && q.optionKeys().contains(key)) {
            accept(q, key, key);
        } else {
            problem(q.key(), "prescreen.error.choice", String.join(", ", q.optionKeys()));
        }
    }

    private void multiChoice(Question q, Object value) {
        if (value instanceof List<?> list && list.stream().allMatch(o -> o instanceof String s && q.option(s).isPresent())) {
            List<String> chosen = q.optionKeys().stream().filter(list::contains).toList();
            accept(q, chosen, chosen);
        } else {
            problem(q.key(), "prescreen.error.multiChoice", String.join(", ", q.optionKeys()));
        }
    }

    private void integer(Question q, Object value) {
        BigDecimal number = number(value);
        if (number != null && number.stripTrailingZeros().scale() <= 0
                && number.compareTo(BigDecimal.valueOf(q.min())) >= 0
                && number.compareTo(BigDecimal.valueOf(q.max())) <= 0) {
            accept(q, number.intValueExact(), number.setScale(0, RoundingMode.UNNECESSARY));
        } else {
            problem(q.key(), "prescreen.error.integer", String.valueOf(q.min()), String.valueOf(q.max()));
        }
    }

    /** A weight in a known unit, within the question's bounds in kg once converted (the message in that unit). */
    private void weight(Question q, Object value) {
        Optional<WeightUnit> unit = value instanceof Map<?, ?> map && map.size() == 2
                && map.get("unit") instanceof String unitKey ? q.unit(unitKey) : Optional.empty();
        if (unit.isEmpty()) {
            problem(q.key(), "prescreen.error.weightUnit", String.join(", ", q.units().stream().map(WeightUnit::key).toList()));
            return;
        }
        BigDecimal number = number(((Map<?, ?>) value).get("value"));
        BigDecimal kg = number == null ? null : number.multiply(unit.get().kg());
        if (kg == null || kg.compareTo(BigDecimal.valueOf(q.min())) < 0 || kg.compareTo(BigDecimal.valueOf(q.max())) > 0) {
            problems.add(new FieldProblem(q.key(), weightRange(q, unit.get())));
            return;
        }
        Map<String, Object> normalised = new LinkedHashMap<>();
        normalised.put("value", number);
        normalised.put("unit", unit.get().key());
        accept(q, Collections.unmodifiableMap(normalised), kg);
    }

    /** "Enter a body weight from 40 to 500 斤": the bounds in the unit given, whole numbers inside them. */
    private Text weightRange(Question q, WeightUnit unit) {
        String from = BigDecimal.valueOf(q.min()).divide(unit.kg(), 0, RoundingMode.CEILING).toPlainString();
        String to = BigDecimal.valueOf(q.max()).divide(unit.kg(), 0, RoundingMode.FLOOR).toPlainString();
        return new Text(messages.text("prescreen.error.weight", from, to, unit.label().en()).en(),
                messages.text("prescreen.error.weight", from, to, unit.label().zh()).zh());
    }

    private void month(Question q, Object value) {
        if (QuestionType.UNSURE.equals(value)) {
            accept(q, QuestionType.UNSURE, QuestionType.UNSURE);
            return;
        }
        YearMonth month = value instanceof String s && MONTH.matcher(s).matches() ? parseMonth(s) : null;
        if (month == null) {
            problem(q.key(), "prescreen.error.month");
        } else if (month.isAfter(YearMonth.from(today))) {
            problem(q.key(), "prescreen.error.monthFuture");
        } else if (q.min() != null && month.getYear() < q.min()) {
            problem(q.key(), "prescreen.error.monthTooEarly", String.valueOf(q.min()));
        } else {
            accept(q, month.toString(), month);
        }
    }

    private static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A JSON number as a BigDecimal; null for anything else (strings, booleans, NaN). */
    private static BigDecimal number(Object value) {
        return switch (value) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s);
            case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d);
            case Float f when Float.isFinite(f) -> new BigDecimal(f.toString());
            case null, default -> null;
        };
    }

    private void accept(Question q, Object answer, Object fact) {
        counted.put(q.key(), answer);
        facts.put(q.key(), fact);
    }

    private void problem(String field, String code, Object... args) {
        problems.add(new FieldProblem(field, messages.text(code, args)));
    }
}
