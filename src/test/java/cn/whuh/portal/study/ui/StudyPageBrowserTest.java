package cn.whuh.portal.study.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.whuh.portal.study.Study;
import cn.whuh.portal.study.StudyCatalog;
import cn.whuh.portal.support.Accessibility;
import cn.whuh.portal.support.Browser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The study page as patients see it: on a 360 px phone and a desktop, in English and Chinese. Screenshots
 * go to target/screenshots/study-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StudyPageBrowserTest {

    /** What the page fetched of Lumo's style sheet (Resource Timing). */
    private static final String LUMO_FETCHES =
            "const lumo = performance.getEntriesByType('resource').filter(e => e.name.includes('/lumo/lumo.css'));";

    @LocalServerPort
    int port;

    @Autowired
    StudyCatalog catalog;

    /** On a phone in Chinese: the plain summary, then the timeline, both before the registry's key facts. */
    @Test
    void chinesePhoneTellsWhoMayJoinAndWhatHappensBeforeTheRegistryFacts() {
        Study study = catalog.recruiting();
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN")) {
            browser.open("/");
            WebElement summary = browser.await(By.id("eligibility-summary"));
            assertThat(summary.findElements(By.tagName("li"))).hasSize(study.eligibilitySummary().size());
            assertThat(summary.getText()).contains("年龄 18 至 70 岁，男女均可。", "ACR", "至少 8 周", "40 公斤", "美罗华", "泰爱");
            assertThat(top(browser, "eligibility-summary")).as("summary before the full criteria").isLessThan(top(browser, "inclusion"));

            WebElement steps = browser.await(By.id("what-happens-steps"));
            assertThat(steps.findElements(By.cssSelector(":scope > li"))).hasSize(study.whatHappens().steps().size());
            assertThat(steps.getText()).contains("预筛查电话", "筛选就诊", "采集细胞（白细胞单采）", "淋巴细胞清除化疗",
                    "CAR-T 细胞输注和住院观察", "随访", "CAR-T 治疗的一般做法，以研究团队确认为准：");
            String whatHappens = browser.await(By.id("what-happens")).getText();
            assertThat(whatHappens).contains("早期临床研究", "名额", study.designModule().enrollmentInfo().count() + " 人",
                    "细胞因子释放综合征（CRS）", "研究团队会向您说明研究承担哪些费用");
            assertThat(top(browser, "what-happens")).as("timeline before the key facts").isLessThan(top(browser, "facts"));
            assertThat(top(browser, "contact")).as("how we call before the key facts").isLessThan(top(browser, "facts"));

            WebElement callBack = browser.await(By.id("contact-call-back"));
            assertThat(callBack.getText()).contains("何时来电", "研究团队会在 2 个工作日内（北京时间 9:00–17:00）给您打电话",
                    "来电号码", "027-8572 6808", "骚扰电话");
            assertThat(callBack.findElement(By.cssSelector("a.study-phone")).getAttribute("href")).isEqualTo("tel:+862785726808");
            assertNoSidewaysScroll(browser);
            assertHyphenatedWordsStayOnOneLine(browser);
            assertPhonesAsDialled(browser);
            Accessibility.assertNoSeriousViolations(browser.driver());

            scrollTo(browser, "eligibility");
            browser.screenshot("study-zh-phone-summary");
            scrollTo(browser, "what-happens");
            browser.screenshot("study-zh-phone-what-happens");
            scrollTo(browser, "what-happens-steps");
            browser.script("window.scrollBy(0, 600)");
            browser.screenshot("study-zh-phone-steps");
            scrollTo(browser, "contact");
            browser.screenshot("study-zh-phone-contact");
        }
    }

    @Test
    void englishDesktopTellsWhoMayJoinAndWhatHappens() {
        Study study = catalog.recruiting();
        try (Browser browser = new Browser(port, Browser.DESKTOP, "en-US")) {
            browser.open("/?lang=en");
            WebElement summary = browser.await(By.id("eligibility-summary"));
            assertThat(summary.getText()).contains("You are 18 to 70 years old", "(ACR) 1997", "at least 8 weeks", "40 kg",
                    "B-cell targeted medicine");
            WebElement steps = browser.await(By.id("what-happens-steps"));
            assertThat(steps.getText()).contains("Pre-screening call", "Screening visit", "Cell collection (leukapheresis)",
                    "Lymphodepletion chemotherapy", "CAR-T infusion and hospital stay", "Follow-up visits",
                    "Usual in CAR-T treatment, the study team will confirm:");
            assertThat(browser.await(By.id("what-happens")).getText()).contains("early-phase study", "Places",
                    study.designModule().enrollmentInfo().count() + " participants", "Possible risks", "Costs, travel and compensation");
            assertThat(browser.await(By.id("contact-call-back")).getText())
                    .contains("After you leave your details, we call you within 2 working days, between 9:00 and 17:00 Beijing time.",
                            "Our calls come from", "027-8572 6808");
            assertThat(top(browser, "what-happens")).isLessThan(top(browser, "facts"));
            assertHeadingsInOrder(browser);
            Accessibility.assertNoSeriousViolations(browser.driver());
            scrollTo(browser, "eligibility");
            browser.screenshot("study-en-desktop-summary");
            scrollTo(browser, "what-happens");
            browser.screenshot("study-en-desktop-what-happens");
            scrollTo(browser, "contact");
            browser.screenshot("study-en-desktop-contact");
        }
    }

    /** The questionnaire's "Can you come to Wuhan for about 2 years?" links to /#what-happens: it opens there. */
    @Test
    void aLinkToWhatHappensOpensAtTheTimeline() {
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN")) {
            browser.open("/#what-happens");
            browser.await(By.id("what-happens-heading"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> {
                double heading = top(browser, "what-happens-heading");
                return heading >= 0 && heading < 120;
            });
            assertThat(((Number) browser.script("return window.scrollY")).doubleValue()).isGreaterThan(500);
            browser.screenshot("study-zh-phone-link-to-what-happens");
        }
    }

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
                    "Prof. Qiubai Li · Department of Rheumatology and Immunology, Wuhan Union Hospital",
                    "Prof. Qiubai Li (Principal investigator)", "Prof. Qiubai Li (Contact)", "Prof. Qiubai Li (Primary contact)",
                    "Union Hospital, Tongji Medical College, Huazhong University of Science and Technology (Other)",
                    "Guangzhou Bio-gene Technology Co., Ltd (Industry)", "NCT06106906", "UHCT230444",
                    "A Study of RD06-04 in Patients With Active Autoimmune Diseases", "NCT06548620 · Not yet recruiting · Early phase 1");
            assertThat(page).doesNotContain("ext.", "(027) 85726808", "Qiubai Li, ");
            assertHyphenatedWordsStayOnOneLine(browser);
            assertPhonesAsDialled(browser);

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
            scrollTo(browser, "what-happens-steps");
            browser.screenshot("study-en-phone-what-happens");
            scrollTo(browser, "contact");
            browser.screenshot("study-en-phone-contact");

            // The check above can fail: without the keep-together spans, the official title breaks "CAR-" / "T".
            browser.script("document.querySelectorAll('.study-nowrap').forEach(span => span.classList.remove('study-nowrap'))");
            assertThat(brokenHyphenatedWords(browser)).anySatisfy(broken -> assertThat(broken).startsWith("CAR-T"));

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
                    "18岁至70岁", "武汉协和医院", "中国 湖北 武汉", "不接受", "UHCT230444", "NCT06548620",
                    "主要研究者", "Qiubai Li 教授 · 武汉协和医院 风湿免疫科", "Qiubai Li 教授（联系人）");
            assertPhonesAsDialled(browser);
            assertThat(page).doesNotContain("ext.", "(027) 85726808", "秋柏");
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
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("找不到该页面");
            assertThat(browser.await(By.cssSelector("main a.cta")).getAttribute("href")).endsWith("/");
            assertThat(browser.driver().findElements(By.cssSelector("article.study-page"))).isEmpty();

            // The accessibility check does fail on a page with a serious problem (a button without a name).
            browser.driver().get("data:text/html,<html lang=en><title>t</title><main><button></button></main></html>");
            assertThatThrownBy(() -> Accessibility.assertNoSeriousViolations(browser.driver())).hasMessageContaining("button-name");
        }
    }

    /**
     * A first visit gets the style sheets in the page and then fetches them (decision 0093); a second visit links
     * them and takes them from the browser's cache, and the page looks the same.
     */
    @Test
    void aSecondVisitTakesTheStyleSheetsFromTheCache() {
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN")) {
            browser.open("/");
            String look = actionLook(browser);
            assertThat(browser.script("return document.querySelectorAll('style[data-href]').length")).isEqualTo(3L);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(driver -> ((Number) browser.script(LUMO_FETCHES + "return lumo.length")).intValue() > 0);

            browser.open("/");
            assertThat(browser.script("return document.querySelectorAll('style[data-href]').length")).isEqualTo(0L);
            assertThat(((Number) browser.script(LUMO_FETCHES + "return lumo[0].transferSize")).intValue())
                    .as("bytes of Lumo's 234 KB sheet over the network: none, or a revalidation's headers")
                    .isLessThan(1024);
            assertThat(actionLook(browser)).isEqualTo(look);
            Accessibility.assertNoSeriousViolations(browser.driver());
        }
    }

    private static String actionLook(Browser browser) {
        return (String) browser.script("const s = getComputedStyle(document.querySelector('.study-hero a.cta'));"
                + " return [s.backgroundColor, s.color, s.fontSize, s.fontWeight, s.borderRadius, s.padding].join(' ')");
    }

    /** Every phone of the contact section is shown as dialled from China and calls the site. */
    private static void assertPhonesAsDialled(Browser browser) {
        List<WebElement> phones = browser.driver().findElements(By.cssSelector("#contact a.study-phone"));
        assertThat(phones).hasSize(3).allSatisfy(phone -> {
            assertThat(phone.getText()).isEqualTo("027-8572 6808");
            assertThat(phone.getAttribute("href")).isEqualTo("tel:+862785726808");
        });
    }

    /** Where an element's top is, in pixels from the top of the window. */
    private static double top(Browser browser, String id) {
        return ((Number) browser.script("return document.getElementById(arguments[0]).getBoundingClientRect().top", id)).doubleValue();
    }

    /**
     * No line of a title (the headline, headings, the official title, card and step titles) ends inside a
     * hyphenated word ("CAR-" / "T"), checked on the rendered text with the page narrowed step by step from the
     * browser's width down to 200 px: where a title breaks depends on the phone's width and fonts.
     */
    private static void assertHyphenatedWordsStayOnOneLine(Browser browser) {
        assertThat(brokenHyphenatedWords(browser)).as("hyphenated words split over two lines").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> brokenHyphenatedWords(Browser browser) {
        return (List<String>) browser.script("""
                const broken = new Set();
                const article = document.querySelector('article.study-page');
                const titles = document.querySelectorAll('article.study-page :is(h1, h2, h3, #facts dd:first-of-type,'
                    + ' .study-card-title, .study-point-title)');
                for (let width = article.clientWidth; width >= 200; width -= 2) {
                 article.style.width = width + 'px';
                 for (const title of titles) {
                  const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    for (const word of node.data.matchAll(/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+/g)) {
                      const range = document.createRange();
                      range.setStart(node, word.index);
                      range.setEnd(node, word.index + 1);
                      const first = range.getBoundingClientRect();
                      range.setStart(node, word.index + word[0].length - 1);
                      range.setEnd(node, word.index + word[0].length);
                      const last = range.getBoundingClientRect();
                      if (first.height > 0 && Math.abs(first.top - last.top) > 2) {
                        broken.add(word[0] + ' in "' + title.textContent.slice(0, 60) + '"');
                      }
                    }
                  }
                 }
                }
                article.style.width = '';
                return [...broken];""");
    }

    /**
     * One h1, headings in order, the qualify action on the first screen, no sideways scrolling; the first screen
     * the server sent (StudyFirstScreen) has given way to the view.
     */
    private static void assertPhoneFirst(Browser browser, String action) {
        browser.await(By.cssSelector("#outlet .study-hero"));
        assertThat(browser.driver().findElements(By.id("first-screen"))).as("server-rendered first screen").isEmpty();
        assertThat(browser.driver().findElements(By.tagName("h1"))).hasSize(1);
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
