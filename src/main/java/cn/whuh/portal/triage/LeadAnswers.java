package cn.whuh.portal.triage;

import cn.whuh.portal.base.i18n.BilingualMessages;
import cn.whuh.portal.base.i18n.Text;
import cn.whuh.portal.lead.Lead;
import cn.whuh.portal.lead.LeadJson;
import cn.whuh.portal.prescreen.AnswerChoices;
import cn.whuh.portal.prescreen.Choice;
import cn.whuh.portal.prescreen.Question;
import cn.whuh.portal.prescreen.QuestionType;
import cn.whuh.portal.prescreen.Questionnaire;
import cn.whuh.portal.prescreen.QuestionnaireRegistry;
import cn.whuh.portal.prescreen.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A lead's stored answers as a person reads them: each question's text and the chosen options' labels in the
 * reader's language, in questionnaire order (weights with their unit, "none of these" for an empty multiple
 * choice, months as YYYY-MM). Answers the questionnaire no longer knows are listed at the end as stored (key
 * and value), so nothing the person said is hidden.
 */
@Component
public class LeadAnswers {

    /** One answered question: the answer key, the question text and the answer, both in the reader's language. */
    public record Line(String key, String question, String answer) {
    }

    private final QuestionnaireRegistry questionnaires;
    private final AnswerChoices choices;
    private final LeadJson json;
    private final Text noneOfThese;
    private final Text unsure;

    LeadAnswers(QuestionnaireRegistry questionnaires, AnswerChoices choices, LeadJson json,
            BilingualMessages messages) {
        this.questionnaires = questionnaires;
        this.choices = choices;
        this.json = json;
        this.noneOfThese = messages.text("prescreen.form.noneOfThese");
        this.unsure = messages.text("prescreen.answer." + QuestionType.UNSURE);
    }

    public List<Line> of(Lead lead, Locale locale) {
        return of(lead.getNctId(), json.readAnswers(lead), locale);
    }

    public List<Line> of(String nctId, Map<String, Object> answers, Locale locale) {
        Map<String, Object> left = new LinkedHashMap<>(answers);
        List<Line> lines = new ArrayList<>();
        Optional<Questionnaire> questionnaire = questionnaires.find(nctId);
        for (Step step : questionnaire.map(Questionnaire::steps).orElse(List.of())) {
            for (Question question : questionnaire.get().questionsOf(step)) {
                if (left.containsKey(question.key())) {
                    Object answer = left.remove(question.key());
                    lines.add(new Line(question.key(), question.label().in(locale), answer(question, answer, locale)));
                }
            }
        }
        left.forEach((key, value) -> lines.add(new Line(key, key, String.valueOf(value))));
        return lines;
    }

    private String answer(Question question, Object answer, Locale locale) {
        return switch (question.type()) {
            case YES_NO_UNSURE, CHOICE -> label(question, answer, locale);
            case MULTI_CHOICE -> multi(question, answer, locale);
            case WEIGHT -> weight(question, answer, locale);
            case YEAR_MONTH -> QuestionType.UNSURE.equals(answer) ? unsure.in(locale) : String.valueOf(answer);
            case INTEGER -> String.valueOf(answer);
        };
    }

    private String multi(Question question, Object answer, Locale locale) {
        if (!(answer instanceof List<?> keys)) {
            return String.valueOf(answer);
        }
        return keys.isEmpty() ? noneOfThese.in(locale)
                : String.join(", ", keys.stream().map(k -> label(question, k, locale)).toList());
    }

    private String label(Question question, Object key, Locale locale) {
        return choices.of(question).stream().filter(c -> c.key().equals(key)).findFirst()
                .map(Choice::label).map(t -> t.in(locale)).orElse(String.valueOf(key));
    }

    private static String weight(Question question, Object answer, Locale locale) {
        if (!(answer instanceof Map<?, ?> weight) || weight.get("value") == null) {
            return String.valueOf(answer);
        }
        String value = new BigDecimal(String.valueOf(weight.get("value"))).stripTrailingZeros().toPlainString();
        String unit = String.valueOf(weight.get("unit"));
        return value + " " + question.unit(unit).map(u -> u.label().in(locale)).orElse(unit);
    }
}
