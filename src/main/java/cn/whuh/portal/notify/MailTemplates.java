package cn.whuh.portal.notify;

import cn.whuh.portal.base.i18n.Languages;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders the mail templates under {@code classpath:mail/} with JMustache: {@code NAME.html} (HTML-escaped)
 * and {@code NAME.txt} (plain). Words come from the notify message bundle through lambdas:
 * <code>{{#t}}key{{/t}}</code> in the message's language, <code>{{#en}}key{{/en}}</code> and
 * <code>{{#zh}}key{{/zh}}</code> for messages in both languages, <code>{{#both}}key{{/both}}</code> for
 * "Chinese / English".
 */
@Component
class MailTemplates {

    private final MessageSource messages;
    private final Mustache.Compiler html;
    private final Mustache.Compiler text;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    MailTemplates(MessageSource messages) {
        this.messages = messages;
        Mustache.TemplateLoader partials = name -> reader("mail/" + name);
        this.html = Mustache.compiler().withLoader(partials).nullValue("");
        this.text = Mustache.compiler().withLoader(partials).nullValue("").escapeHTML(false);
    }

    /** The HTML and the plain text of template {@code name}, for a message whose own language is {@code locale}. */
    Bodies render(String name, Locale locale, Map<String, Object> model) {
        return new Bodies(template(html, name + ".html").execute(context(model, locale, HtmlUtils::htmlEscape)),
                template(text, name + ".txt").execute(context(model, locale, UnaryOperator.identity())));
    }

    private Map<String, Object> context(Map<String, Object> model, Locale locale, UnaryOperator<String> escape) {
        Map<String, Object> context = new HashMap<>(model);
        context.put("t", lambda(key -> word(key, locale), escape));
        context.put("en", lambda(key -> word(key, Languages.ENGLISH), escape));
        context.put("zh", lambda(key -> word(key, Languages.CHINESE), escape));
        context.put("both", lambda(key -> word(key, Languages.CHINESE) + " / " + word(key, Languages.ENGLISH), escape));
        return context;
    }

    /** A word from the bundle, for subjects. */
    String word(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A lambda that writes the word of the key between its tags. */
    private static Mustache.Lambda lambda(UnaryOperator<String> word, UnaryOperator<String> escape) {
        return (fragment, out) -> out.write(escape.apply(word.apply(fragment.execute().trim())));
    }

    private Template template(Mustache.Compiler compiler, String file) {
        return compiled.computeIfAbsent((compiler == html ? "h:" : "t:") + file, key -> {
            try (Reader reader = reader("mail/" + file)) {
                return compiler.compile(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Reader reader(String path) throws IOException {
        return new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
    }

    record Bodies(String html, String text) {
    }
}
