package cn.whuh.portal.prescreen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.support.Browser;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import cn.whuh.portal.lead.PersonalLink;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * From the questionnaire to a stored lead (or to nothing stored) in the browser, in English and Chinese:
 * the contact and consent form of the leads feature in the result page's {@code #result-next-step}.
 * Lives beside the questionnaire's journey test to drive the questionnaire with the same helper.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.await(By.cssSelector("#" + id + " input"));
        input.sendKeys(text, Keys.TAB);
    }

    private static void click(Browser browser, String id) {
        browser.click(browser.await(By.id(id)));
    }

    /** Ticks a consent box by its label (a click in the middle of a tall one may land on its error text). */
    private static void tick(Browser browser, String id) {
        browser.click(browser.await(By.cssSelector("#" + id + " label")));
    }

    private static String errorOf(Browser browser, String id) {
        return (String) browser.script("const f = document.getElementById(arguments[0]);"
                + "return f.invalid ? f.errorMessage : null;", id);
    }

    private static void nameAndPhone(Browser browser, String name, String phone) {
        type(browser, "lead-full-name", name);
        type(browser, "lead-phone", phone);
    }

    /**
     * Sends the form and checks the error that field then shows. Waits for the text itself, not for the field to be
     * invalid: a field already marked invalid by an earlier try would otherwise be read before the new message.
     */
    private static void submitRejected(Browser browser, String id, String expectedError) {
        click(browser, "lead-submit");
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> String.valueOf(errorOf(browser, id)).contains(expectedError));
        } catch (TimeoutException e) {
            // the assertion below says what the field shows instead
        }
        assertThat(errorOf(browser, id)).contains(expectedError);
    }

    /** Sends the form and waits for the reference code it gives. */
    private static String submitAccepted(Browser browser) {
        click(browser, "lead-submit");
        return browser.await(By.id("lead-reference")).getText();
    }

    private Map<String, Object> leadNamed(String name) {
        return jdbc.queryForMap("SELECT reference, outcome, phone, preferred_language, utm_source, utm_campaign,"
                + " (SELECT COUNT(*) FROM lead_consent c WHERE c.lead_id = l.id) AS consents,"
                + " (SELECT MIN(notice_language) FROM lead_consent c WHERE c.lead_id = l.id) AS notice_language"
                + " FROM leads l WHERE full_name = ?", name);
    }

    @Test
    void likelyEligiblePersonLeavesDetailsOnceAndGetsAReferenceCode() throws Exception {
        String name = "Journey " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(port, Browser.PHONE, "en-US")) {
            browser.open("/prescreen?lang=en&utm_source=wechat&utm_campaign=spring-2026");
            QuestionnairePage page = QuestionnairePage.english(browser);
            page.aboutYou("For myself", "34", "Female", "52", "kg", "Yes");
            page.next();
            page.diagnosedInThenNothingElseToResult("2021", "March", true);
            assertThat(page.outcome()).isEqualTo("LIKELY_ELIGIBLE");

            // The form sits in the result page, consents unticked, the privacy notice in full (folded).
            browser.await(By.cssSelector("#result-next-step #lead-form"));
            click(browser, "lead-privacy");
            assertThat(browser.await(By.id("lead-privacy-notice")).getText()).contains("How long we keep it");
            assertThat(browser.script("return document.getElementById('lead-consent-processing').checked")).isEqualTo(false);
            assertThat(browser.script("return document.getElementById('lead-consent-share').checked")).isEqualTo(false);

            click(browser, "lead-submit");
            browser.await(By.id("lead-error-summary"));
            assertThat(errorOf(browser, "lead-full-name")).isEqualTo("Please enter your name.");
            assertThat(errorOf(browser, "lead-phone")).isEqualTo("Please enter your phone number.");
            nameAndPhone(browser, name, "12345");
            submitRejected(browser, "lead-phone", "11 digits starting with 1");
            browser.screenshot("lead-form-errors-en-phone");

            browser.await(By.cssSelector("#lead-phone input")).clear();
            type(browser, "lead-phone", "138 0013 8000");
            type(browser, "lead-email", "journey@example.com");
            tick(browser, "lead-consent-processing");
            tick(browser, "lead-consent-share");
            // Two quick clicks: the button disables itself, and the form's idempotency key backs it up.
            browser.script("arguments[0].click(); arguments[0].click();", browser.await(By.id("lead-submit")));
            String reference = browser.await(By.id("lead-reference")).getText();
            assertThat(reference).matches("LP-[2-9A-HJ-NP-Z]{5}");
            assertThat(browser.await(By.id("lead-received")).getText()).contains("What happens next", "withdraw");
            browser.screenshot("lead-reference-en-phone");

            Map<String, Object> lead = leadNamed(name);
            assertThat(lead).containsEntry("reference", reference).containsEntry("outcome", "LIKELY_ELIGIBLE")
                    .containsEntry("phone", "+8613800138000").containsEntry("utm_source", "wechat")
                    .containsEntry("utm_campaign", "spring-2026").containsEntry("consents", 2L)
                    .containsEntry("notice_language", "en");
            assertThat(jdbc.queryForObject("SELECT SUM(count) FROM funnel_daily WHERE source = 'wechat'"
                    + " AND step = 'COMPLETED' AND outcome = 'LIKELY_ELIGIBLE'", Long.class)).isPositive();
        }
    }

    @Test
    void personNeedingReviewLeavesDetailsInChinese() throws Exception {
        String name = "复核 " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(port, Browser.DESKTOP, "zh-CN")) {
            browser.open("/prescreen");
            QuestionnairePage page = QuestionnairePage.chinese(browser);
            page.aboutYou("替家人填写", "45", "男", "150", "磅", "我不确定");
            page.next();
            page.diagnosedInThenNothingElseToResult("2020", "三月", false);
            assertThat(page.outcome()).isEqualTo("NEEDS_REVIEW");
            // A man is not told about the pregnancy test of the screening visit.
            assertThat(browser.await(By.id("result-staff")).getText()).doesNotContain("妊娠");

            assertThat(browser.await(By.cssSelector("#lead-form h2")).getText()).isEqualTo("留下您的联系方式");
            nameAndPhone(browser, name, "+86 139 1234 5678");
            type(browser, "lead-wechat-id", "zhang_wei88");
            tick(browser, "lead-consent-processing");
            submitRejected(browser, "lead-consent-share", "武汉协和医院研究团队");
            tick(browser, "lead-consent-share");
            String reference = submitAccepted(browser);
            assertThat(browser.await(By.id("lead-received")).getText()).contains("您的参考编号", "撤回");
            browser.screenshot("lead-reference-zh-desktop");

            assertThat(leadNamed(name)).containsEntry("reference", reference).containsEntry("outcome", "NEEDS_REVIEW")
                    .containsEntry("phone", "+8613912345678").containsEntry("preferred_language", "zh")
                    .containsEntry("notice_language", "zh");
        }
    }

    @Test
    void personRuledOutWhoDeclinesFutureContactLeavesNothing() throws Exception {
        try (Browser browser = new Browser(port, Browser.PHONE, "en-US")) {
            browser.open("/prescreen?lang=en");
            QuestionnairePage page = QuestionnairePage.english(browser);
            page.aboutYou("For myself", "75", "Female", "60", "kg", "Yes");
            page.next();
            page.diagnosedInThenNothingElseToResult("2019", "May", true);
            assertThat(page.outcome()).isEqualTo("NOT_ELIGIBLE");

            int before = jdbc.queryForObject("SELECT COUNT(*) FROM leads", Integer.class);
            assertThat(browser.await(By.id("lead-future-offer")).getText()).contains("future studies");
            assertThat(browser.driver().findElements(By.id("lead-form"))).isEmpty();
            click(browser, "lead-future-no");
            assertThat(browser.await(By.id("lead-future-declined")).getText()).contains("Nothing about you has been stored");
            browser.screenshot("lead-future-declined-en-phone");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leads", Integer.class)).isEqualTo(before);
        }
    }

    @Test
    void personRuledOutMayAskToHearAboutFutureStudiesInChinese() throws Exception {
        String name = "未来 " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN")) {
            browser.open("/prescreen?lang=zh");
            QuestionnairePage page = QuestionnairePage.chinese(browser);
            page.aboutYou("为自己填写", "17", "女", "50", "公斤", "是");
            page.next();
            page.diagnosedInThenNothingElseToResult("2022", "一月", true);
            assertThat(page.outcome()).isEqualTo("NOT_ELIGIBLE");
            // Someone ruled out is not listed the screening visit's checks.
            assertThat(browser.driver().findElements(By.id("result-staff"))).isEmpty();

            // "不用了，谢谢" can be undone.
            click(browser, "lead-future-no");
            assertThat(browser.await(By.id("lead-future-declined")).getText()).contains("我们没有保存任何关于您的信息");
            browser.screenshot("lead-future-declined-zh-phone");
            click(browser, "lead-future-undo");
            assertThat(browser.await(By.id("lead-future-no")).getText()).isEqualTo("不用了，谢谢");
            click(browser, "lead-future-yes");
            browser.await(By.id("lead-form"));
            assertThat(browser.driver().findElements(By.id("lead-consent-share"))).isEmpty();
            nameAndPhone(browser, name, "13700001111");
            tick(browser, "lead-consent-processing");
            submitRejected(browser, "lead-consent-future", "今后的研究");
            browser.screenshot("lead-future-form-zh-phone");
            tick(browser, "lead-consent-future");
            String reference = submitAccepted(browser);
            assertThat(browser.await(By.id("lead-received")).getText()).contains("只有当今后的研究可能适合您时");
            assertThat(leadNamed(name)).containsEntry("reference", reference).containsEntry("outcome", "NOT_ELIGIBLE")
                    .containsEntry("consents", 2L);
        }
    }

    private static void likelyEligibleInChinese(Browser browser, String age) {
        browser.open("/prescreen?lang=zh");
        QuestionnairePage page = QuestionnairePage.chinese(browser);
        page.aboutYou("为自己填写", age, "女", "52", "公斤", "是");
        page.next();
        page.diagnosedInThenNothingElseToResult("2021", "三月", true);
        assertThat(page.outcome()).isEqualTo("LIKELY_ELIGIBLE");
    }

    private static void sendDetails(Browser browser, String name, String phone) {
        nameAndPhone(browser, name, phone);
        tick(browser, "lead-consent-processing");
        tick(browser, "lead-consent-share");
        click(browser, "lead-submit");
    }

    private int leadsWithPhone(String e164) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM leads WHERE phone = ?", Integer.class, e164);
    }

    @Test
    void theCodeStaysOnReloadAndLanguageSwitchAndASecondSendSaysAlreadySentInChinese() throws Exception {
        String name = "重发 " + UUID.randomUUID().toString().substring(0, 8);
        String digits = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String phone = "136 " + digits.substring(0, 4) + " " + digits.substring(4);
        String e164 = "+86136" + digits;
        String reference;
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN")) {
            likelyEligibleInChinese(browser, "34");
            sendDetails(browser, name, phone);
            reference = browser.await(By.id("lead-reference")).getText();
            assertThat(reference).matches("LP-[2-9A-HJ-NP-Z]{5}");
            // the personal link, shown this once with its QR code; only its hash is stored
            String link = browser.await(By.id("lead-personal-link")).getText();
            assertThat(link).matches(".*/my/[A-Za-z0-9_-]{22,}");
            assertThat(browser.await(By.id("lead-personal-qr")).getAttribute("src")).startsWith("data:image/svg+xml");
            assertThat(jdbc.queryForObject("SELECT access_token_sha256 FROM leads WHERE reference = ?", String.class,
                    reference)).isEqualTo(PersonalLink.sha256(link.substring(link.lastIndexOf('/') + 1)));
            browser.screenshot("lead-personal-link-zh-phone");

            browser.open("/prescreen/result");
            assertThat(browser.await(By.id("lead-reference")).getText()).isEqualTo(reference);
            assertThat(browser.driver().findElements(By.id("lead-personal-link"))).as("shown once").isEmpty();
            assertThat(browser.driver().findElements(By.id("lead-form"))).isEmpty();
            browser.open("/prescreen/result?lang=en");
            assertThat(browser.await(By.id("lead-received")).getText()).contains("Your reference code", reference);
            browser.open("/prescreen/result?lang=zh");
            assertThat(browser.await(By.id("lead-received")).getText()).contains("您的参考编号", reference);
            browser.screenshot("lead-reference-reloaded-zh-phone");

            // Starting again with another answer: the same phone in this session is not a new lead.
            click(browser, "result-restart");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Long.valueOf(0).equals(browser.script(
                    "return Object.keys(localStorage).filter(k => k.startsWith('portal.')).length")));
            likelyEligibleInChinese(browser, "35");
            sendDetails(browser, name + " 又", phone);
            assertThat(browser.await(By.id("lead-already-sent")).getText())
                    .isEqualTo("您已经提交过您的信息：" + reference + "。我们没有重复保存，研究团队只会与您联系一次。");
            assertThat(browser.await(By.id("lead-reference")).getText()).isEqualTo(reference);
            browser.screenshot("lead-already-sent-zh-phone");
        }
        // Another browser the same day, the same answers, name and phone: already sent, with the same code.
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN")) {
            likelyEligibleInChinese(browser, "34");
            browser.await(By.id("lead-form"));
            sendDetails(browser, name, phone);
            assertThat(browser.await(By.id("lead-already-sent")).getText()).contains("您已经提交过您的信息：" + reference);
            assertThat(browser.await(By.id("lead-reference")).getText()).isEqualTo(reference);
        }
        assertThat(leadsWithPhone(e164)).isEqualTo(1);
    }
}
