package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.i18n.BilingualMessages;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The choices a person picks from for a question: its own options, or Yes / No / I'm not sure and its own. */
@Component
public class AnswerChoices {

    private final List<Choice> yesNoUnsure;

    public AnswerChoices(BilingualMessages messages) {
        this.yesNoUnsure = List.of(QuestionType.YES, QuestionType.NO, QuestionType.UNSURE).stream()
                .map(key -> new Choice(key, messages.text("prescreen.answer." + key)))
                .toList();
    }

    public List<Choice> of(Question question) {
        return question.type() == QuestionType.YES_NO_UNSURE
                ? Stream.concat(yesNoUnsure.stream(), question.options().stream()).toList()
                : question.options();
    }
}
