package cn.whuh.portal.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lets Vaadin views translate through the same Spring {@link MessageSource} ({@code i18n/messages*.properties})
 * that the JSON API uses, so every text has one source in English and one in Chinese.
 */
@Component
public class MessagesI18NProvider implements I18NProvider {

    private final MessageSource messages;

    public MessagesI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params, "!" + key, Languages.closest(locale));
    }
}
