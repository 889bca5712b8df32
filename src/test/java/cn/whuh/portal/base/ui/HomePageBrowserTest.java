package cn.whuh.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomePageBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void homePageShowsStudyFrameAndSwitchesLanguage() {
        try (Browser browser = new Browser(port, Browser.PHONE, "en-US")) {
            browser.open("/");
            assertThat(browser.await(By.cssSelector("header .brand")).getText()).isEqualTo("CAR-T for active lupus");
            assertThat(browser.await(By.tagName("h1")).getText()).contains("CD19 CAR-T");
            assertThat(browser.await(By.cssSelector("footer a[href='tel:+862785726808']")).getText())
                    .isEqualTo("027-8572 6808");
            browser.screenshot("home-en-phone");

            browser.await(By.cssSelector(".language-switch a[lang='zh']")).click();
            browser.awaitUrlContains("lang=zh");
            browser.awaitView();
            browser.await(By.cssSelector(".language-switch a[lang='zh'][aria-current='true']"));
            assertThat(browser.await(By.tagName("h1")).getText()).contains("系统性红斑狼疮");
            assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");
            browser.screenshot("home-zh-phone");

            // The choice is remembered: a plain visit later opens in Chinese.
            browser.open("/");
            assertThat(browser.await(By.tagName("h1")).getText()).contains("系统性红斑狼疮");
        }
    }

    @Test
    void chineseBrowserGetsChineseFirst() {
        try (Browser browser = new Browser(port, Browser.DESKTOP, "zh-CN")) {
            browser.open("/");
            assertThat(browser.await(By.cssSelector("header .brand")).getText()).isEqualTo("CAR-T 治疗活动性狼疮");
            browser.open("/?lang=en");
            assertThat(browser.await(By.tagName("h1")).getText()).startsWith("A study of CD19 CAR-T");
            browser.screenshot("home-en-desktop");
        }
    }
}
