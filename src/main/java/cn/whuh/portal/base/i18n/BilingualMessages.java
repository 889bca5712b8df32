package cn.whuh.portal.base.i18n;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A message of the bundles ({@code i18n/*.properties}) in both languages at once, for results that are
 * stored or sent and must read the same later in either language (evaluations, field problems).
 */
@Component
public class BilingualMessages {

    private final MessageSource messages;

    public BilingualMessages(MessageSource messages) {
        this.messages = messages;
    }

    public Text text(String code, Object... args) {
        return new Text(messages.getMessage(code, args, Languages.ENGLISH),
                messages.getMessage(code, args, Languages.CHINESE));
    }
}
