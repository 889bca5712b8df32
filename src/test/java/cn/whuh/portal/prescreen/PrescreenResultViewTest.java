package cn.whuh.portal.prescreen;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.base.i18n.BilingualMessages;
import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.base.ui.DeviceStorage;
import cn.whuh.portal.prescreen.ui.PrescreenResultView;
import cn.whuh.portal.prescreen.ui.PrescreenSession;
import cn.whuh.portal.study.StudyCatalog;
import cn.whuh.portal.support.ViewTestContext;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result page as a patient reads it, without a browser (browserless: the real view, questionnaire, engine,
 * study file and bundles): the outcome first, what rules them out or needs checking with the criterion's reason,
 * the screening-visit checks only for people who may qualify, and the study phone.
 */
@ContextConfiguration(classes = {ViewTestContext.class, PrescreenResultViewTest.Beans.class})
@ViewPackages(classes = PrescreenResultView.class)
class PrescreenResultViewTest extends SpringBrowserlessTest {

    @Autowired
    RulesPrescreenEngine engine;
    /** The visitor's session bean: asked for once the test's Vaadin session exists. */
    @Autowired
    ObjectProvider<PrescreenSession> session;

    @BeforeEach
    void inChinese() {
        UI.getCurrent().setLocale(Languages.CHINESE);
    }

    @Test
    void aWomanWhoseAnswersAllPassReadsThatSheMayQualifyAndWhatTheVisitChecks() {
        PrescreenResultView page = show(EngineFixture.eligible());

        assertThat(text(page, "result-title")).isEqualTo("您可能符合本研究的条件");
        assertThat(find(page, "result-fail")).isEmpty();
        assertThat(text(page, "result-staff")).startsWith("筛选访视时核查的内容");
        Anchor call = (Anchor) find(page, "result-call").orElseThrow();
        assertThat(call.getHref()).isEqualTo("tel:+862785726808");
    }

    @Test
    void somebodyWhoHadCarTBeforeReadsWhyInTheirLanguageAndNoVisitChecks() {
        Map<String, Object> answers = EngineFixture.eligible();
        answers.put("prior_car_t", "YES");

        PrescreenResultView page = show(answers);

        assertThat(text(page, "result-title")).isEqualTo("您目前不适合参加本研究");
        assertThat(text(page, "result-fail")).startsWith("不符合的条件（1 项）").contains("CAR-T");
        assertThat(find(page, "result-staff")).isEmpty();
    }

    @Test
    void switchingToEnglishShowsTheSameResultInEnglish() {
        Map<String, Object> answers = EngineFixture.eligible();
        answers.put("prior_car_t", "YES");
        show(answers);

        UI.getCurrent().setLocale(Languages.ENGLISH);
        PrescreenResultView page = navigate(PrescreenResultView.class);

        assertThat(text(page, "result-title")).isEqualTo("This study is not a match for you right now");
        assertThat(text(page, "result-fail")).startsWith("What rules you out (1)");
    }

    private PrescreenResultView show(Map<String, Object> answers) {
        session.getObject().evaluation(engine.evaluate(EngineFixture.QUESTIONNAIRE, answers, engine.today()));
        return navigate(PrescreenResultView.class);
    }

    private static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }

    private static String text(Component root, String id) {
        return find(root, id).orElseThrow(() -> new AssertionError("no #" + id)).getElement().getTextRecursively();
    }

    @TestConfiguration
    @Import({PrescreenSession.class, DeviceStorage.class})
    static class Beans {

        @Bean
        Clock clock() {
            return Clock.system(ZoneOffset.UTC);
        }

        @Bean
        JsonMapper jsonMapper() {
            return JsonMapper.builder().build();
        }

        @Bean
        RulesPrescreenEngine engine(MessageSource messages) {
            return new RulesPrescreenEngine(EngineFixture.REGISTRY, new BilingualMessages(messages),
                    clock());
        }

        @Bean
        StudyCatalog studies() throws IOException {
            LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
            validator.afterPropertiesSet();
            return new StudyCatalog(new PathMatchingResourcePatternResolver(), validator);
        }
    }
}
