package cn.whuh.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.base.i18n.Languages;
import cn.whuh.portal.support.ViewTestContext;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ContextConfiguration;

/**
 * What a visitor sees when a page fails (browserless: the real views, bundles and error handler, no browser):
 * a translated notice with a reference to quote, what they typed still there, and a log line with the same
 * reference and no personal data.
 */
@ContextConfiguration(classes = ViewTestContext.class)
@ViewPackages(classes = {FailingView.class, FailureView.class, NotFoundView.class})
@ExtendWith(OutputCaptureExtension.class)
class ViewFailureTest extends SpringBrowserlessTest {

    @Test
    void aFailingClickSaysSoInChineseWithAReferenceAndKeepsWhatWasTyped(CapturedOutput log) {
        UI.getCurrent().setLocale(Languages.CHINESE);
        FailingView view = navigate(FailingView.class);
        test(view.note).setValue("患者下午三点后方便");

        UI.getCurrent().access(() -> test(view.save).click());
        MockVaadin.runUIQueue(true);

        String notice = test($(Notification.class).single()).getText();
        assertThat(notice).startsWith("我们这边出了点问题").containsPattern("编号 [0-9a-f]{8}");
        String reference = notice.replaceAll("(?s).*编号 ([0-9a-f]{8}).*", "$1");
        assertThat(view.note.getValue()).isEqualTo("患者下午三点后方便");
        assertThat(log.getOut()).contains("[ref " + reference + "]").contains("IllegalStateException")
                .doesNotContain("13800138000").doesNotContain("Zhang San");
    }

    @Test
    void aPageThatCannotReachTheDatabaseAsksToTryAgainInAMinute(CapturedOutput log) {
        UI.getCurrent().navigate("test/failing", QueryParameters.of("fail", "db"));

        FailureView page = $(FailureView.class).single();
        assertThat(page.getElement().getTextRecursively()).contains("Please try again in a minute")
                .contains("cannot reach its database right now. Nothing was changed");
        assertThat(log.getOut()).contains("database unavailable").doesNotContain("13800138000");
    }

    @Test
    void aPageThatFailsToOpenShowsAReferenceAndNoStackTrace(CapturedOutput log) {
        UI.getCurrent().navigate("test/failing", QueryParameters.of("fail", "bug"));

        String text = $(FailureView.class).single().getElement().getTextRecursively();
        assertThat(text).contains("quote reference").doesNotContain("IllegalArgumentException").doesNotContain("at cn.");
        assertThat(log.getOut()).contains("IllegalArgumentException").doesNotContain("Zhang San")
                .doesNotContain("\tat ");
    }
}
