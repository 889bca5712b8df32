package cn.whuh.portal.prescreen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.support.Browser;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The contact form as a patient on a phone in Chinese (360 px) notices it: a language switch or a reload keeps what
 * was typed and ticked (on the device, forgotten once sent); a too-long name is refused with a message, not cut; the
 * privacy notice is folded in the page (no box scrolling inside it) with a link to its own page; input borders,
 * boxes and the focus ring stand out 3:1 against white (WCAG 1.4.11); the confirmation says when the team calls and
 * from which number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactFormBrowserTest {

    private static final String KEPT = "portal.contact.NCT06106906";

    @LocalServerPort
    int port;

    private static WebElement input(Browser browser, String id) {
        return browser.await(By.cssSelector("#" + id + " input"));
    }

    private static String value(Browser browser, String id) {
        return input(browser, id).getAttribute("value");
    }

    private static boolean ticked(Browser browser, String id) {
        return Boolean.TRUE.equals(browser.script("return document.getElementById(arguments[0]).checked", id));
    }

    /** Waits for the kept name to be shown again (read from the device after the page opens). */
    private static String awaitName(Browser browser, String expected) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> expected.equals(value(browser, "lead-full-name")));
        } catch (TimeoutException e) {
            // the caller's assertion says what the field shows instead
        }
        return value(browser, "lead-full-name");
    }

    /** The contrast with white of the colour of a CSS value such as "rgb(107, 122, 136) 0px 0px 0px 1px inset". */
    private static double contrastWithWhite(String css) {
        java.util.regex.Matcher rgb = java.util.regex.Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(css);
        assertThat(rgb.find()).as("a colour in " + css).isTrue();
        double luminance = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(rgb.group(i + 1)) / 255.0;
            luminance += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return 1.05 / (luminance + 0.05);
    }

    private static String partStyle(Browser browser, String selector, String part, String property) {
        return (String) browser.script("const host = document.querySelector(arguments[0]);"
                + "return getComputedStyle(host.shadowRoot.querySelector('[part~=\"' + arguments[1] + '\"]'))[arguments[2]];",
                selector, part, property);
    }

    @Test
    void whatIsTypedSurvivesLanguageSwitchAndReloadAndIsForgottenOnceSent() {
        String name = "保留 " + UUID.randomUUID().toString().substring(0, 8);
        String phone = String.format("137 %04d %04d", ThreadLocalRandom.current().nextInt(10_000),
                ThreadLocalRandom.current().nextInt(10_000));
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN")) {
            browser.open("/prescreen?lang=zh");
            QuestionnairePage page = QuestionnairePage.chinese(browser);
            page.aboutYou("为自己填写", "34", "女", "52", "公斤", "是");
            page.next();
            page.diagnosedInThenNothingElseToResult("2021", "三月", true);
            assertThat(page.outcome()).isEqualTo("LIKELY_ELIGIBLE");

            input(browser, "lead-full-name").sendKeys(name, Keys.TAB);
            input(browser, "lead-phone").sendKeys(phone, Keys.TAB);
            browser.click(browser.await(By.cssSelector("#lead-consent-processing label")));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> String.valueOf(
                    browser.script("return localStorage.getItem(arguments[0])", KEPT)).contains("\"processing\":true"));

            browser.click(browser.await(By.cssSelector(".language-switch a[lang='en']")));
            assertThat(awaitName(browser, name)).isEqualTo(name);
            assertThat(browser.await(By.cssSelector("#lead-form h2")).getText()).isEqualTo("Leave your contact details");
            assertThat(value(browser, "lead-phone")).isEqualTo(phone);
            assertThat(ticked(browser, "lead-consent-processing")).isTrue();
            assertThat(ticked(browser, "lead-consent-share")).isFalse();
            browser.open("/prescreen/result?lang=zh");
            assertThat(awaitName(browser, name)).isEqualTo(name);
            assertThat(ticked(browser, "lead-consent-processing")).isTrue();

            // The privacy notice: folded in the page, not a box scrolling inside it, and on its own page.
            WebElement privacy = browser.await(By.id("lead-privacy"));
            assertThat(privacy.getText()).contains("阅读隐私说明");
            assertThat(browser.await(By.id("lead-privacy-page")).getAttribute("href")).endsWith("/privacy");
            browser.click(browser.await(By.cssSelector("#lead-privacy vaadin-details-summary")));
            assertThat(browser.await(By.id("lead-privacy-notice")).getText()).contains("保存多久", "7 天");
            assertThat(browser.script("return [...document.querySelectorAll('#lead-form *')].filter(e => "
                    + "['auto', 'scroll'].includes(getComputedStyle(e).overflowY) && e.scrollHeight > e.clientHeight)"
                    + ".map(e => e.id || e.localName)")).asList().isEmpty();

            // WCAG 1.4.11: the field's border and the unticked box 3:1 against white, a focus ring that shows.
            assertThat(contrastWithWhite(partStyle(browser, "#lead-email", "input-field", "boxShadow")))
                    .isGreaterThanOrEqualTo(3);
            assertThat(contrastWithWhite(partStyle(browser, "#lead-consent-share", "checkbox", "boxShadow")))
                    .isGreaterThanOrEqualTo(3);
            input(browser, "lead-wechat-id").click();
            input(browser, "lead-wechat-id").sendKeys(Keys.TAB);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.script(
                    "return document.activeElement.closest('vaadin-radio-button, vaadin-checkbox')?.hasAttribute('focus-ring')"));
            String ring = (String) browser.script("const c = document.activeElement.closest('vaadin-radio-button');"
                    + "const s = getComputedStyle(c); return s.outlineStyle + ' ' + s.outlineColor;");
            assertThat(ring).startsWith("solid");
            assertThat(contrastWithWhite(ring)).isGreaterThanOrEqualTo(3);
            browser.screenshot("lead-form-focus-zh-phone");

            // A name too long is refused with a message and kept as typed, not cut.
            String tooLong = "长".repeat(101);
            input(browser, "lead-full-name").clear();
            input(browser, "lead-full-name").sendKeys(tooLong, Keys.TAB);
            browser.click(browser.await(By.cssSelector("#lead-consent-share label")));
            browser.click(browser.await(By.id("lead-submit")));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.script(
                    "return document.getElementById('lead-full-name').invalid"));
            assertThat(browser.script("return document.getElementById('lead-full-name').errorMessage"))
                    .isEqualTo("最多 100 个字符。");
            assertThat(value(browser, "lead-full-name")).isEqualTo(tooLong);
            browser.screenshot("lead-form-too-long-zh-phone");

            input(browser, "lead-full-name").clear();
            input(browser, "lead-full-name").sendKeys(name, Keys.TAB);
            browser.click(browser.await(By.id("lead-submit")));
            browser.await(By.id("lead-reference"));
            // When the team calls, and the number the call comes from (tap to call), so that it is not taken for spam.
            assertThat(browser.await(By.id("lead-call-back")).getText()).contains(
                    "研究团队会在 2 个工作日内（北京时间 9:00–17:00）给您打电话。", "来电号码：", "请保存这个号码");
            assertThat(browser.await(By.id("lead-call-from")).getAttribute("href")).isEqualTo("tel:+862785726808");
            browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.await(By.id("lead-call-back")));
            browser.screenshot("lead-call-back-zh-phone");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> browser.script("return localStorage.getItem(arguments[0])", KEPT) == null);
        }
    }
}
