package cn.whuh.portal.triage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.lead.LeadRepository;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.lead.TestLeads;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.StaffUsers;
import cn.whuh.portal.staff.TestStaff;
import cn.whuh.portal.support.Browser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lead page says when a lead's personal data will be erased; an ADMIN erases it now with a reason; a
 * recruiter who had it open is told on the next action, and the page then shows it erased.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErasureBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffUsers users;
    @Autowired
    LeadRepository leads;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminErasesNowWithAReasonAndAnOpenPageIsToldOnItsNextAction() {
        String phone = "+86133" + TestLeads.digits(8);
        String reference = TestLeads.save(leads, "TB-" + TestLeads.digits(6), phone, "擦除 页面", Instant.now(),
                lead -> TestLeads.moveTo(lead, LeadStatus.NOT_INTERESTED));
        String admin = TestStaff.create(users, StaffRole.ADMIN);
        String recruiter = TestStaff.create(users, StaffRole.INVESTIGATOR);
        try (Browser staff = new Browser(port, Browser.DESKTOP, "en-US");
                Browser other = new Browser(port, Browser.DESKTOP, "en-US")) {
            other.signIn(recruiter, TestStaff.PASSWORD);
            other.open("/staff/leads/" + reference);
            other.await(By.id("note-text"));

            staff.signIn(admin, TestStaff.PASSWORD);
            staff.open("/staff/leads/" + reference);
            assertThat(staff.await(By.id("lead-erasure-due")).getText())
                    .contains("will be erased on " + LocalDate.now(ClockConfig.SITE_ZONE).plusDays(180));
            staff.screenshot("staff-lead-erasure-due-desktop");
            staff.click(staff.await(By.id("erase-now")));
            WebDriverWait wait = new WebDriverWait(staff.driver(), Duration.ofSeconds(20));
            wait.until(d -> "true".equals(d.findElement(By.id("erase-reason")).getAttribute("invalid")));
            assertThat(staff.driver().findElements(By.id("lead-erased"))).isEmpty();
            staff.await(By.cssSelector("#erase-reason input")).sendKeys("Asked by phone on 3 Dec", Keys.TAB);
            staff.click(staff.await(By.id("erase-now")));
            assertThat(staff.await(By.id("lead-erased")).getText()).contains("Personal data erased on");
            assertThat(staff.await(By.cssSelector(".lead-page")).getText()).contains("Asked by phone")
                    .doesNotContain(phone.substring(3), "擦除");
            staff.screenshot("staff-lead-erased-desktop");

            other.await(By.cssSelector("#note-text textarea")).sendKeys("called again");
            other.click(other.await(By.id("add-note")));
            assertThat(other.await(By.cssSelector("vaadin-notification-card")).getText())
                    .contains(admin, "erased the personal data");
            assertThat(other.await(By.id("lead-erased")).getText()).contains("Personal data erased on");
        }
        assertThat(jdbc.queryForObject("select phone from leads where reference = ?", String.class, reference))
                .isNull();
    }
}
