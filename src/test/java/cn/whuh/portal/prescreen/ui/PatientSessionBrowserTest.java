package cn.whuh.portal.prescreen.ui;

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
 * Visitors' sessions time out on their own setting, not the staff's: with a 10-second visitor timeout (and a
 * 1-second heartbeat) a questionnaire left open gets a new session, which resumes at the same step from the answers
 * kept on the phone; a signed-in staff member, on the staff's hour, stays signed in meanwhile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.patient.session-timeout=10s", "portal.staff.idle-timeout=1h", "vaadin.heartbeatInterval=1"})
class PatientSessionBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffUsers users;

    @Test
    void aQuestionnaireLeftOpenResumesFromThePhoneAfterItsSessionEnded() throws InterruptedException {
        // The first page of a fresh portal in development mode may take longer than the timeout to load: open it in
        // another browser first, so that this session's idle time starts when the person starts.
        try (Browser warmUp = new Browser(port, Browser.PHONE, "zh-CN")) {
            warmUp.open("/prescreen");
        }
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN")) {
            browser.open("/prescreen");
            QuestionnairePage page = QuestionnairePage.chinese(browser);
            page.aboutYou("为自己填写", "34", "女", "52,5", "公斤", "是");
            page.next();
            assertThat(page.stepTitle()).isEqualTo("您的狼疮");
            Object session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            Thread.sleep(25_000);
            browser.open("/prescreen");
            assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").getValue())
                    .as("a new session").isNotEqualTo(session);
            assertThat(page.awaitStep("您的狼疮")).isEqualTo("您的狼疮");
            page.back();
            assertThat(browser.await(By.cssSelector("#answer-weight input")).getAttribute("value")).isEqualTo("52.5");
        }
    }

    @Test
    void aSignedInStaffMemberKeepsTheStaffTimeout() throws InterruptedException {
        String recruiter = TestStaff.create(users, StaffRole.RECRUITER);
        try (Browser browser = new Browser(port, Browser.DESKTOP, "en-US")) {
            browser.signIn(recruiter, TestStaff.PASSWORD);
            browser.open("/staff/leads");
            browser.await(By.id("lead-queue"));
            Thread.sleep(25_000);
            browser.open("/staff/leads");
            browser.await(By.id("lead-queue"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/leads");
        }
    }
}
