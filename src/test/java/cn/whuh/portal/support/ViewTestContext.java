package cn.whuh.portal.support;

import cn.whuh.portal.base.i18n.MessagesI18NProvider;
import cn.whuh.portal.base.ui.SiteIdentity;
import cn.whuh.portal.base.ui.ViewErrorHandler;
import com.vaadin.flow.spring.VaadinScopesConfig;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The small Spring context of the browserless view tests: the portal's real message bundles (both languages), its
 * I18N provider, its view error handler and the frame's site identity, with Vaadin's scopes; no database, no web server. A test adds the
 * beans its views need with {@code @ContextConfiguration(classes = {ViewTestContext.class, …})}. A
 * {@code @TestConfiguration}, so the portal's own component scan in the Spring tests leaves it out.
 */
@TestConfiguration
@Import({VaadinScopesConfig.class, MessagesI18NProvider.class, ViewErrorHandler.class})
public class ViewTestContext {

    /** The same bundles, encoding and fallback as {@code spring.messages.*} in application.properties. */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/messages", "i18n/study", "i18n/prescreen", "i18n/lead", "i18n/staff",
                "i18n/notify", "i18n/settings");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** The frame's study and phone, as the study feature gives them from its data file. */
    @Bean
    SiteIdentity siteIdentity() {
        return new SiteIdentity() {
            @Override
            public String registryId() {
                return "NCT06106906";
            }

            @Override
            public String phoneDisplay() {
                return "(027) 85726808";
            }

            @Override
            public String phoneTelUri() {
                return "tel:+862785726808";
            }
        };
    }
}
