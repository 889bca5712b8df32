package cn.whuh.portal.notify.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.whuh.portal.notify.MailMessage;
import cn.whuh.portal.notify.MailStatus;
import cn.whuh.portal.notify.SmtpContext;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.support.Browser;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An ADMIN reads the outbox, opens a DEAD message and sends it again once the mail server is back. */
class OutboxViewBrowserTest extends SmtpContext {

    @LocalServerPort
    int port;

    @Test
    void adminSeesDeadMailReadsItAndRetriesIt() {
        SMTP.stop();
        String reference = submissions.submit(Outcome.NEEDS_REVIEW, "zh", "browser@example.com");
        MailMessage site = awaitStatus(reference, MailStatus.DEAD).getFirst();

        try (Browser browser = new Browser(port, Browser.PHONE, "en-US")) {
            browser.driver().get("http://localhost:" + port + "/staff/outbox");
            browser.awaitUrlContains("/login");
            browser.await(By.cssSelector("input[name='username']")).sendKeys("admin");
            browser.await(By.cssSelector("input[name='password']")).sendKeys(ADMIN_PASSWORD + "\n");
            browser.awaitUrlContains("/staff/outbox");

            WebElement card = card(browser, site);
            assertThat(card.getText()).contains("Dead", "Lead to site contact", reference, "Attempts: 8 / 8",
                    "Last error: ConnectException");
            browser.screenshot("notify-outbox-en-phone");

            card.findElement(By.xpath(".//vaadin-button[normalize-space()='Read']")).click();
            WebElement dialog = browser.await(By.cssSelector("vaadin-dialog-overlay, vaadin-dialog"));
            WebElement preview = browser.await(By.cssSelector("iframe.outbox-html"));
            assertThat(preview.getDomAttribute("sandbox")).as("sandboxed without exceptions: no scripts, forms, "
                    + "pop-ups or same-origin access for the mail's HTML").isEqualTo("");
            assertThat(dialog.getText()).contains(site.getSubject(), "site@whuh.example", site.getMessageId());
            browser.screenshot("notify-outbox-read-phone");
            browser.await(By.xpath("//vaadin-button[normalize-space()='Close']")).click();

            // the dashboard tells the ADMIN (decision 0038), under the portal's Content-Security-Policy
            browser.open("/staff");
            WebElement alert = browser.await(By.cssSelector(".dead-mail-alert"));
            assertThat(alert.getText()).contains("could not be delivered (DEAD)", "Open the outbox");
            browser.screenshot("notify-dead-alert-en-phone");
            browser.open("/staff/outbox");

            SMTP.start();
            card(browser, site).findElement(By.xpath(".//vaadin-button[normalize-space()='Retry']")).click();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> messages.findById(site.getId()).orElseThrow().getStatus() == MailStatus.SENT);
            receivedOnce(site);
            browser.open("/staff/outbox?lang=zh");
            assertThat(card(browser, site).getText()).contains("已发送", "发给研究中心的线索");
            browser.driver().manage().window().setSize(Browser.DESKTOP);
            browser.screenshot("notify-outbox-zh-desktop");
        }
    }

    /** The card of a message, found by its subject. */
    private static WebElement card(Browser browser, MailMessage message) {
        By by = By.xpath("//div[contains(@class,'outbox-card')][.//p[normalize-space()=\"" + message.getSubject()
                + "\"]]");
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(driver -> driver.findElement(by));
    }
}
