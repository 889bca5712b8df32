package cn.whuh.portal.prescreen;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A condition on answers, written as data in the questionnaire file: exactly one operator, on the answer
 * to {@code key} or combining other conditions. A condition on an answer that was not given (or belongs
 * to a hidden question) is false; {@code notEquals} and {@code not} are its negations.
 *
 * @param key the question whose answer is tested (leaf conditions)
 * @param equals the answer is this option key (or {@code UNSURE})
 * @param notEquals the answer is not this option key
 * @param hasAny a multi-select answer contains one of these option keys
 * @param lessThan a number (a weight in kg) is below this
 * @param greaterThan a number is above this
 * @param atLeast a number is this or more
 * @param atMost a number is this or less
 * @param monthEndWithinWeeks a {@code YYYY-MM} month ended less than this many weeks before today
 * @param all every one of these holds
 * @param any at least one of these holds
 * @param not this does not hold
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Condition(
        String key,
        String equals,
        String notEquals,
        List<String> hasAny,
        BigDecimal lessThan,
        BigDecimal greaterThan,
        BigDecimal atLeast,
        BigDecimal atMost,
        Integer monthEndWithinWeeks,
        List<Condition> all,
        List<Condition> any,
        Condition not) {

    /** Answers as rules see them (weights in kg, months as {@link YearMonth}), and today in Asia/Shanghai. */
    public record Facts(Map<String, Object> values, LocalDate today) {
    }

    public boolean test(Facts facts) {
        if (all != null) {
            return all.stream().allMatch(c -> c.test(facts));
        }
        if (any != null) {
            return any.stream().anyMatch(c -> c.test(facts));
        }
        if (not != null) {
            return !not.test(facts);
        }
        Object value = facts.values().get(key);
        if (notEquals != null) {
            return value == null || !notEquals.equals(String.valueOf(value));
        }
        if (value == null) {
            return false;
        }
        if (equals != null) {
            return equals.equals(String.valueOf(value));
        }
        if (hasAny != null) {
            return value instanceof List<?> list && list.stream().anyMatch(hasAny::contains);
        }
        if (monthEndWithinWeeks != null) {
            return windowEnd(value).filter(end -> end.isAfter(facts.today())).isPresent();
        }
        return value instanceof BigDecimal number && compare(number);
    }

    private boolean compare(BigDecimal number) {
        return matches(lessThan, b -> number.compareTo(b) < 0)
                && matches(greaterThan, b -> number.compareTo(b) > 0)
                && matches(atLeast, b -> number.compareTo(b) >= 0)
                && matches(atMost, b -> number.compareTo(b) <= 0);
    }

    private static boolean matches(BigDecimal bound, Predicate<BigDecimal> test) {
        return bound == null || test.test(bound);
    }

    private Optional<LocalDate> windowEnd(Object value) {
        return value instanceof YearMonth month
                ? Optional.of(month.atEndOfMonth().plusWeeks(monthEndWithinWeeks))
                : Optional.empty();
    }

    /** For a time window that holds: the date from which it has passed (what a reason's {date} names). */
    public Optional<LocalDate> passesFrom(Facts facts) {
        if (monthEndWithinWeeks != null && test(facts)) {
            return windowEnd(facts.values().get(key));
        }
        List<Condition> children = all != null ? all : any != null ? any : List.of();
        return children.stream().map(c -> c.passesFrom(facts)).flatMap(Optional::stream).findFirst();
    }

    /** Whether {@link #passesFrom} can name a date: a month window, alone or combined by all / any. */
    public boolean windowed() {
        List<Condition> children = all != null ? all : any != null ? any : List.of();
        return monthEndWithinWeeks != null || children.stream().anyMatch(Condition::windowed);
    }

    /** The names of the operators set on this condition (a valid condition has exactly one). */
    public List<String> operatorNames() {
        List<String> names = new ArrayList<>();
        addIf(names, "equals", equals);
        addIf(names, "notEquals", notEquals);
        addIf(names, "hasAny", hasAny);
        addIf(names, "lessThan", lessThan);
        addIf(names, "greaterThan", greaterThan);
        addIf(names, "atLeast", atLeast);
        addIf(names, "atMost", atMost);
        addIf(names, "monthEndWithinWeeks", monthEndWithinWeeks);
        addIf(names, "all", all);
        addIf(names, "any", any);
        addIf(names, "not", not);
        return names;
    }

    private static void addIf(List<String> names, String name, Object operand) {
        if (operand != null) {
            names.add(name);
        }
    }

    /** The conditions this one combines (empty for a leaf). */
    public List<Condition> children() {
        List<Condition> children = new ArrayList<>();
        if (all != null) {
            children.addAll(all);
        }
        if (any != null) {
            children.addAll(any);
        }
        if (not != null) {
            children.add(not);
        }
        return children;
    }

    /** Every question key this condition reads. */
    public Set<String> keysRead() {
        Set<String> keys = new LinkedHashSet<>();
        if (key != null) {
            keys.add(key);
        }
        children().forEach(c -> keys.addAll(c.keysRead()));
        return keys;
    }
}
