package cn.whuh.portal.study.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.whuh.portal.support.Accessibility;
import cn.whuh.portal.support.Browser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The study page as patients see it: on a 360 px phone and a desktop, in English and Chinese. Screenshots
 * go to target/screenshots/study-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StudyPageBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void englishPhoneShowsTheWholeRecordAndTheWayToTheSelfCheck() {
        try (Browser browser = new Browser(port, Browser.PHONE, "en-US")) {
            browser.open("/");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("A study of CD19 CAR-T cell therapy for adults with active lupus");
            assertPhoneFirst(browser, "Check if you may qualify");
            assertThat(browser.driver().getTitle()).endsWith("(NCT06106906) | Wuhan Union Hospital");
            assertThat(browser.await(By.cssSelector("a.study-call")).getAttribute("href")).isEqualTo("tel:+862785726808");
            browser.screenshot("study-en-phone-top");

            String page = browser.await(By.cssSelector("article.study-page")).getText();
            assertThat(page).contains("A Clinical Study of CD19 CAR-T in Active Systemic Lupus Erythematosus", "Recruiting",
                    "Phase 1 / Phase 2", "15 participants", "June 19, 2024", "December 31, 2027", "January 8, 2025",
                    "18 years to 70 years", "Not accepted", "Single group", "None (open label)",
                    "up to 2 years", "Wuhan Union Hospital", "Wuhan, Hubei, China",
                    "Qiubai Li, Professor · Department of Rheumatology and Immunology, Wuhan Union Hospital",
                    "Qiubai Li, M.D. & Ph.D., Professor (Principal investigator)",
                    "Union Hospital, Tongji Medical College, Huazhong University of Science and Technology (Other)",
                    "Guangzhou Bio-gene Technology Co., Ltd (Industry)", "85726808 ext. 027", "NCT06106906", "UHCT230444",
                    "A Study of RD06-04 in Patients With Active Autoimmune Diseases", "NCT06548620 · Not yet recruiting · Early phase 1");

            // The criteria lists are closed at first and open from the keyboard.
            WebElement inclusion = browser.await(By.cssSelector("#inclusion summary"));
            assertThat(browser.driver().findElement(By.id("I1")).isDisplayed()).isFalse();
            tabTo(browser, inclusion);
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            assertThat(browser.await(By.id("I7")).getText()).startsWith("Female participants need to have a negative pregnancy test");
            assertThat(browser.driver().findElements(By.cssSelector("#inclusion li"))).hasSize(7);
            assertThat(browser.await(By.id("I5")).getText()).contains("SELENA-SLEDAI score ≥ 6 points; PGA ≥ 1 points;");
            browser.driver().findElement(By.cssSelector("#exclusion summary")).click();
            assertThat(browser.driver().findElements(By.cssSelector("#exclusion li"))).hasSize(33);
            assertThat(browser.await(By.id("E11")).getText()).contains("Sujects with positive extracellular DNA quantification");
            assertThat(browser.await(By.id("E33")).getAttribute("value")).isEqualTo("33");
            assertNoSidewaysScroll(browser);
            Accessibility.assertNoSeriousViolations(browser.driver());
            scrollTo(browser, "eligibility");
            browser.screenshot("study-en-phone-criteria");
            scrollTo(browser, "contact");
            browser.screenshot("study-en-phone-contact");

            browser.driver().findElement(By.cssSelector(".study-hero a.cta")).click();
            browser.awaitUrlContains("/prescreen");
        }
    }

    @Test
    void chinesePhoneSpeaksChineseThroughout() {
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN")) {
            browser.open("/");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("CD19 CAR-T 细胞治疗成人活动性系统性红斑狼疮的临床研究");
            assertPhoneFirst(browser, "看看我是否可能符合条件");
            assertThat(browser.script("return document.documentElement.lang")).isEqualTo("zh-CN");
            browser.screenshot("study-zh-phone-top");
            String page = browser.await(By.cssSelector("article.study-page")).getText();
            assertThat(page).contains("正在招募", "I 期 / II 期", "15 人", "2024年6月19日", "2027年12月31日", "2025年1月8日",
                    "18岁至70岁", "武汉协和医院", "中国 湖北 武汉", "不接受", "UHCT230444", "NCT06548620");
            browser.driver().findElement(By.cssSelector("#inclusion summary")).click();
            browser.driver().findElement(By.cssSelector("#exclusion summary")).click();
            assertThat(browser.await(By.id("I2")).getText()).isEqualTo("年龄 18 至 70 岁，男女不限；");
            assertThat(browser.await(By.id("E9")).getText()).contains("血浆置换", "静脉注射免疫球蛋白");
            assertNoSidewaysScroll(browser);
            Accessibility.assertNoSeriousViolations(browser.driver());
            scrollTo(browser, "eligibility");
            browser.screenshot("study-zh-phone-criteria");
            scrollTo(browser, "who");
            browser.screenshot("study-zh-phone-who");
        }
    }

    @Test
    void desktopInBothLanguagesAtTheStudyAddress() {
        try (Browser browser = new Browser(port, Browser.DESKTOP, "en-US")) {
            browser.open("/studies/NCT06106906?lang=en");
            assertThat(browser.await(By.tagName("h1")).getText()).startsWith("A study of CD19 CAR-T");
            assertHeadingsInOrder(browser);
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.screenshot("study-en-desktop");

            browser.open("/studies/NCT06106906?lang=zh");
            assertThat(browser.await(By.tagName("h1")).getText()).startsWith("CD19 CAR-T 细胞治疗");
            Accessibility.assertNoSeriousViolations(browser.driver());
            browser.screenshot("study-zh-desktop");

            browser.driver().get("http://localhost:" + port + "/studies/NCT00000000");
            browser.await(By.xpath("//*[contains(text(), 'NCT00000000')]"));
            assertThat(browser.driver().findElements(By.cssSelector("article.study-page"))).isEmpty();

            // The accessibility check does fail on a page with a serious problem (a button without a name).
            browser.driver().get("data:text/html,<html lang=en><title>t</title><main><button></button></main></html>");
            assertThatThrownBy(() -> Accessibility.assertNoSeriousViolations(browser.driver())).hasMessageContaining("button-name");
        }
    }

    /** One h1, headings in order, the qualify action on the first screen, no sideways scrolling. */
    private static void assertPhoneFirst(Browser browser, String action) {
        assertHeadingsInOrder(browser);
        WebElement qualify = browser.await(By.cssSelector(".study-hero a.cta"));
        assertThat(qualify.getText()).isEqualTo(action);
        assertThat(qualify.getAttribute("href")).endsWith("/prescreen");
        Number bottom = (Number) browser.script("return arguments[0].getBoundingClientRect().bottom", qualify);
        Number viewport = (Number) browser.script("return window.innerHeight");
        assertThat(bottom.doubleValue()).as("qualify action on the first screen").isLessThanOrEqualTo(viewport.doubleValue());
        assertNoSidewaysScroll(browser);
    }

    private static void assertHeadingsInOrder(Browser browser) {
        @SuppressWarnings("unchecked")
        List<Number> levels = (List<Number>) browser.script(
                "return Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map(h => Number(h.tagName[1]))");
        assertThat(levels).filteredOn(level -> level.intValue() == 1).hasSize(1);
        assertThat(levels.getFirst().intValue()).isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i).intValue()).as("heading %d after h%d", i, levels.get(i - 1).intValue())
                    .isLessThanOrEqualTo(levels.get(i - 1).intValue() + 1);
        }
    }

    private static void assertNoSidewaysScroll(Browser browser) {
        Number scrollWidth = (Number) browser.script("return document.documentElement.scrollWidth");
        Number clientWidth = (Number) browser.script("return document.documentElement.clientWidth");
        assertThat(scrollWidth.intValue()).as("page width").isLessThanOrEqualTo(clientWidth.intValue());
    }

    private static void tabTo(Browser browser, WebElement target) {
        Actions keyboard = new Actions(browser.driver());
        for (int i = 0; i < 40 && !target.equals(browser.driver().switchTo().activeElement()); i++) {
            keyboard.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver().switchTo().activeElement()).as("reached by Tab").isEqualTo(target);
    }

    private static void scrollTo(Browser browser, String id) {
        browser.script("document.getElementById(arguments[0]).scrollIntoView()", id);
    }
}
