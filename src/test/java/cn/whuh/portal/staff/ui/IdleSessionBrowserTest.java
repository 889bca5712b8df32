package cn.whuh.portal.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.StaffUsers;
import cn.whuh.portal.staff.TestStaff;
import cn.whuh.portal.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An open staff tab whose only traffic is Vaadin's heartbeat is signed out after the idle timeout. Runs with a
 * 4-second timeout and a 1-second heartbeat (its own Spring context) instead of 30 minutes and 5; the visitors'
 * timeout (an hour here) is replaced by the staff's at sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.staff.idle-timeout=4s", "portal.patient.session-timeout=1h",
                "vaadin.heartbeatInterval=1"})
class IdleSessionBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffUsers users;

    @Test
    void idleTabIsSignedOutAlthoughHeartbeatsContinue() throws InterruptedException {
        String recruiter = TestStaff.create(users, StaffRole.RECRUITER);
        try (Browser browser = new Browser(port, Browser.DESKTOP, "en-US")) {
            browser.signIn(recruiter, TestStaff.PASSWORD);
            browser.open("/staff/leads");
            browser.await(By.id("lead-queue"));
            Thread.sleep(2_000);
            // Activity within the timeout keeps the session.
            browser.open("/staff");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/staff");
            Thread.sleep(8_000);
            browser.open("/staff/leads");
            browser.awaitUrlContains("/login");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
        }
    }
}
