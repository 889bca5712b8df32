package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.i18n.Text;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One question of a questionnaire data file.
 *
 * @param key the answer's key (a contract)
 * @param type what kind of answer it takes
 * @param required false only for optional questions (such as a score the person may not know); default true
 * @param label the question in plain words
 * @param help an optional hint shown under the question
 * @param options the choices of CHOICE and MULTI_CHOICE questions; for YES_NO_UNSURE, further answers offered
 *     after Yes, No and I'm not sure (such as "not needed for me")
 * @param units the units of a WEIGHT question
 * @param min the inclusive lower bound of an INTEGER, the lowest weight in kg of a WEIGHT (whatever the unit),
 *     or the earliest year of a YEAR_MONTH
 * @param max the inclusive upper bound of an INTEGER, or the highest weight in kg of a WEIGHT
 * @param shownWhen when the question is asked; null: always
 */
public record Question(
        String key,
        QuestionType type,
        Boolean required,
        Text label,
        Text help,
        List<Choice> options,
        List<WeightUnit> units,
        Integer min,
        Integer max,
        Condition shownWhen) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        units = units == null ? List.of() : List.copyOf(units);
    }

    public boolean isRequired() {
        return required == null || required;
    }

    public Optional<Choice> option(String optionKey) {
        return options.stream().filter(o -> o.key().equals(optionKey)).findFirst();
    }

    public Optional<WeightUnit> unit(String unitKey) {
        return units.stream().filter(u -> u.key().equals(unitKey)).findFirst();
    }

    /** The answer keys a choice or yes/no question accepts, in order (a yes/no question's own options last). */
    public List<String> optionKeys() {
        List<String> own = options.stream().map(Choice::key).toList();
        return type == QuestionType.YES_NO_UNSURE
                ? Stream.concat(Stream.of(QuestionType.YES, QuestionType.NO, QuestionType.UNSURE), own.stream()).toList()
                : own;
    }
}
