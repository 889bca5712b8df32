package cn.whuh.portal.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.settings.SiteSettings;
import cn.whuh.portal.settings.TestSettings;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.StaffUsers;
import cn.whuh.portal.staff.TestStaff;
import cn.whuh.portal.support.Browser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An admin finds Settings in the staff bar, is told why a bad address is refused, saves recipients, resets. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettingsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffUsers users;
    @Autowired
    SiteSettings settings;

    @AfterEach
    void backToDefaults() {
        TestSettings.restoreDefaults(settings);
    }

    @Test
    void adminChangesTheLeadRecipientsAndSeesTheSavedValue() {
        String admin = TestStaff.create(users, StaffRole.ADMIN);
        try (Browser browser = new Browser(port, Browser.DESKTOP, "en-US")) {
            browser.open("/login");
            browser.await(By.cssSelector("#vaadinLoginUsername input")).sendKeys(admin);
            browser.await(By.cssSelector("#vaadinLoginPassword input")).sendKeys(TestStaff.PASSWORD, Keys.ENTER);
            browser.awaitUrlContains("/staff");
            browser.await(By.xpath("//nav//a[normalize-space()='Settings']")).click();
            browser.awaitUrlContains("/staff/settings");
            assertThat(browser.await(By.id("recipients-state")).getText())
                    .contains("In use: the default from the environment", "site-contact@example.invalid");
            assertThat(browser.await(By.id("system-facts")).getText())
                    .contains("Embedded MariaDB on 127.0.0.1:", "MariaDB 11.4", "Not configured: mail is kept");

            type(browser, "trial.office@whuh.example\nnot an address");
            browser.await(By.id("save-recipients")).click();
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
            wait.until(d -> field(browser).getText().contains("“not an address” is not a valid e-mail address. Nothing was saved."));
            assertThat(field(browser).getAttribute("invalid")).isNotNull();
            browser.screenshot("settings-refused-en-desktop");
            assertThat(settings.leadRecipients()).containsExactly("site-contact@example.invalid");

            type(browser, "trial.office@whuh.example\nli.lab@whuh.example");
            browser.await(By.id("save-recipients")).click();
            wait.until(d -> d.findElement(By.id("recipients-state")).getText().contains("saved by " + admin));
            browser.open("/staff/settings");
            assertThat(field(browser).getDomProperty("value"))
                    .isEqualTo("trial.office@whuh.example\nli.lab@whuh.example");
            full(browser, Browser.DESKTOP, "settings-en-desktop");
            full(browser, Browser.PHONE, "settings-en-phone");
            browser.open("/staff/settings?lang=zh");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("设置");
            full(browser, Browser.PHONE, "settings-zh-phone");
            full(browser, Browser.DESKTOP, "settings-zh-desktop");

            browser.await(By.id("reset-recipients")).click();
            wait.until(d -> d.findElement(By.id("recipients-state")).getText().contains("当前使用：运行环境中的默认值"));
            assertThat(settings.leadRecipients()).containsExactly("site-contact@example.invalid");
        }
    }

    private static WebElement field(Browser browser) {
        return browser.await(By.id("lead-recipients"));
    }

    private static void type(Browser browser, String text) {
        WebElement textarea = browser.await(By.cssSelector("#lead-recipients textarea"));
        textarea.clear();
        textarea.sendKeys(text);
    }

    /** A screenshot of the whole page at this width, without sideways scrolling. */
    private static void full(Browser browser, Dimension width, String name) {
        browser.driver().manage().window().setSize(new Dimension(width.getWidth(), 2000));
        assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                .as("no sideways scroll at %s px", width.getWidth()).isLessThanOrEqualTo(width.getWidth());
        browser.screenshot(name);
    }
}
