package cn.whuh.portal.prescreen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.support.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The questionnaire on a phone in Chinese (360 px) keeps its answers on the device: closing the browser and opening
 * it again resumes at the same step with the answers; the step is in the address, so the phone's Back goes one step
 * back; "清除我的回答" forgets them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrescreenOnDeviceBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void closingAndReopeningTheBrowserResumesAtTheSameStepAndBackGoesOneStepBack() throws Exception {
        Path profile = Files.createTempDirectory(Path.of("target"), "phone-profile-");
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN", profile)) {
            browser.open("/prescreen");
            QuestionnairePage page = QuestionnairePage.chinese(browser);
            assertThat(page.path()).isEqualTo("/prescreen/about");
            assertThat(browser.await(By.id("prescreen-forget")).getText()).isEqualTo("清除我的回答");
            page.aboutYou("为自己填写", "34", "女", "104", "斤", "是");
            page.next();
            assertThat(page.path()).isEqualTo("/prescreen/lupus");
            page.diagnosedIn("2021", "三月");
            page.next();
            page.noToTreatments();
            assertThat(page.stepTitle()).isEqualTo("其他疾病");
            page.tick("conditions", "以上都没有");
            assertThat(page.path()).isEqualTo("/prescreen/conditions");

            // The phone's Back: one step back, the answers still there; Forward again.
            page.browserBack();
            assertThat(page.stepTitle()).isEqualTo("治疗情况");
            assertThat(page.path()).isEqualTo("/prescreen/treatments");
            assertThat(page.checkedOptions("prior_car_t")).isEqualTo(1);
            page.browserBack();
            assertThat(page.stepTitle()).isEqualTo("您的狼疮");
            page.next();
            page.next();
            assertThat(page.stepTitle()).isEqualTo("其他疾病");
            assertThat(page.checkedOptions("conditions")).isEqualTo(1);
        }

        // The browser (WeChat) is closed: the server session is gone with its cookie, the answers are on the phone.
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN", profile)) {
            browser.open("/prescreen");
            QuestionnairePage page = QuestionnairePage.chinese(browser);
            assertThat(page.awaitStep("其他疾病")).isEqualTo("其他疾病");
            assertThat(page.path()).isEqualTo("/prescreen/conditions");
            assertThat(page.checkedOptions("conditions")).isEqualTo(1);
            browser.screenshot("prescreen-resumed-zh-phone");
            page.back();
            assertThat(page.stepTitle()).isEqualTo("治疗情况");
            assertThat(page.checkedOptions("prior_car_t")).isEqualTo(1);

            // Forgetting: back at the start, nothing answered, nothing of the portal's left on the phone.
            browser.click(browser.await(By.id("prescreen-forget")));
            assertThat(page.awaitStep("关于您")).isEqualTo("关于您");
            assertThat(browser.await(By.id("prescreen-forgotten")).getText()).isEqualTo("已清除这部设备上保存的回答。");
            assertThat(page.path()).isEqualTo("/prescreen/about");
            assertThat(browser.await(By.cssSelector("#answer-age_years input")).getAttribute("value")).isEmpty();
            assertThat(browser.script("return Object.keys(localStorage).filter(k => k.startsWith('portal.')).length"))
                    .isEqualTo(0L);
            page.fullScreenshot("prescreen-forgotten-zh-phone");
        }
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN", profile)) {
            browser.open("/prescreen/conditions");
            QuestionnairePage page = QuestionnairePage.chinese(browser);
            assertThat(page.stepTitle()).isEqualTo("关于您");
            assertThat(page.path()).isEqualTo("/prescreen/about");
            assertThat(page.checkedOptions("respondent")).isZero();
        }
    }
}
