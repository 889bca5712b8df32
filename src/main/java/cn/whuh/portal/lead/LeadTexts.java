package cn.whuh.portal.lead;

import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.base.i18n.Text;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Messages of the {@code lead} bundle in both languages at once, as field problems carry them. */
@Component
public class LeadTexts {

    private final MessageSource messages;

    public LeadTexts(MessageSource messages) {
        this.messages = messages;
    }

    public Text text(String key, Object... args) {
        return new Text(messages.getMessage(key, args, Languages.ENGLISH),
                messages.getMessage(key, args, Languages.CHINESE));
    }
}
