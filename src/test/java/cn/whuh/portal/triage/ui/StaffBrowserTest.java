package cn.whuh.portal.triage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.StaffUsers;
import cn.whuh.portal.staff.TestStaff;
import cn.whuh.portal.audit.AuditEvent;
import cn.whuh.portal.audit.AuditLog;
import cn.whuh.portal.lead.LeadStatus;
import cn.whuh.portal.notify.LeadSubmissions;
import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.triage.DemoLeads;
import cn.whuh.portal.triage.LeadFilter;
import cn.whuh.portal.triage.LeadFilter.Assignment;
import cn.whuh.portal.triage.LeadFilter.Scope;
import cn.whuh.portal.triage.LeadQueue;
import cn.whuh.portal.triage.QueueRow;
import cn.whuh.portal.support.Browser;
import cn.whuh.portal.base.config.ClockConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** A recruiter's day: sign in, filter the queue, open a lead, log an attempt, change status, see the timeline. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffUsers users;
    @Autowired
    DemoLeads demoLeads;
    @Autowired
    LeadQueue queue;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ApplicationContext context;

    @Test
    void recruiterWorksALeadFromQueueToTimeline() {
        demoLeads.ensure(50);
        String recruiter = TestStaff.create(users, StaffRole.RECRUITER);
        String justIn = new LeadSubmissions(context).submit(Outcome.LIKELY_ELIGIBLE, "zh", null);
        try (Browser browser = new Browser(port, Browser.DESKTOP, "en-US")) {
            browser.signIn(recruiter, TestStaff.PASSWORD);
            // The dashboard opens with today's new leads, the newest first.
            assertThat(browser.await(By.cssSelector("#new-today li a")).getText()).isEqualTo(justIn);
            assertThat(browser.await(By.cssSelector("#new-today li")).getText()).contains("Likely eligible");
            browser.screenshot("staff-dashboard-desktop");
            browser.open("/staff/leads");
            browser.await(By.cssSelector("#lead-queue"));
            browser.screenshot("staff-queue-desktop");

            // Filter by reference: exactly that one lead remains.
            QueueRow lead = TestStaff.as(recruiter, StaffRole.RECRUITER, () -> queue.page(
                    new LeadFilter(Scope.STATUS, LeadStatus.NEW, null, Assignment.UNASSIGNED, false, null),
                    List.of(), 0, 1)).getFirst();
            String reference = lead.reference();
            // Stored in E.164 (+8613800138000), shown as dialled in China (138 0013 8000)
            String national = lead.phone().substring(3);
            String shown = national.substring(0, 3) + " " + national.substring(3, 7) + " " + national.substring(7);
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);
            wait.until(d -> gridSize(browser) > 1);
            browser.await(By.cssSelector("#filter-text input")).sendKeys(reference, Keys.TAB);
            wait.until(d -> gridSize(browser) == 1);
            // The queue shows the phone masked (138 **** 8000), for every role.
            String masked = national.substring(0, 3) + " **** " + national.substring(7);
            assertThat(browser.await(By.cssSelector("#lead-queue")).getText()).contains(reference, masked)
                    .doesNotContain(shown).doesNotContain(lead.phone());
            // The number as shown, typed back into the search, finds the lead too.
            search(browser, "nobody-here");
            wait.until(d -> gridSize(browser) == 0);
            // (other leads of the shared test database may have the same number: it is among the results)
            search(browser, shown);
            wait.until(d -> gridSize(browser) >= 1
                    && d.findElement(By.cssSelector("#lead-queue")).getText().contains(reference));

            browser.open("/staff/leads/" + reference);
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo(reference);
            browser.await(By.id("reveal-contact")).click();
            assertThat(browser.await(By.id("lead-phone")).getAttribute("href")).isEqualTo("tel:" + lead.phone());
            assertThat(browser.await(By.id("lead-phone")).getText()).isEqualTo(shown);

            // Revealing the phone of an unassigned lead to call it makes the lead the recruiter's.
            wait.until(d -> d.findElement(By.id("assigned-to")).getText().contains(recruiter));
            browser.await(By.cssSelector("#attempt-note textarea")).sendKeys("Rang twice, no voicemail");
            browser.await(By.id("attempt-no-answer")).click();
            wait.until(d -> d.findElement(By.id("timeline")).getText().contains("Contact attempt: No answer"));
            assertThat(browser.await(By.id("lead-status")).getText()).isEqualTo("Contact attempted");
            assertThat(browser.await(By.id("timeline")).getText()).contains("Rang twice, no voicemail");

            browser.await(By.id("attempt-reached")).click();
            wait.until(d -> d.findElement(By.id("lead-status")).getText().equals("Reached"));
            // The screening appointment, in Beijing time, typed as the pickers show dates (ISO) and times.
            LocalDate visit = LocalDate.now(ClockConfig.SITE_ZONE).plusDays(3);
            choose(browser, "new-status", "Screening scheduled");
            browser.await(By.cssSelector("#screening-at vaadin-date-picker input")).sendKeys(visit.toString(), Keys.ENTER);
            browser.await(By.cssSelector("#screening-at vaadin-time-picker input")).sendKeys("09:30", Keys.ENTER);
            browser.await(By.id("change-status")).click();
            wait.until(d -> d.findElement(By.id("lead-status")).getText().equals("Screening scheduled"));
            assertThat(browser.await(By.id("timeline")).getText()).contains("Status: Reached → Screening scheduled — "
                    + visit.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.US)) + ", 9:30");
            assertThat(TestStaff.as("admin-check", StaffRole.ADMIN, () -> auditLog.forLead(reference)))
                    .extracting(AuditEvent::getAction).contains("LEAD_VIEWED", "CONTACT_REVEALED", "LEAD_ASSIGNED",
                            "LEAD_ATTEMPT", "LEAD_STATUS_CHANGED");

            // Later the person calls to cancel: too far to travel.
            choose(browser, "new-status", "Not interested");
            choose(browser, "status-reason", "Travel distance");
            browser.await(By.cssSelector("#status-note textarea")).sendKeys("Lives in Urumqi, cannot travel");
            browser.await(By.id("change-status")).click();
            wait.until(d -> d.findElement(By.id("lead-status")).getText().equals("Not interested"));
            String timeline = browser.await(By.id("timeline")).getText();
            assertThat(timeline).contains("Status: Screening scheduled → Not interested — Travel distance")
                    .contains("Lives in Urumqi, cannot travel").contains("Contact details shown");
            browser.screenshot("staff-lead-desktop");
        }
    }

    @Test
    void aRefusedChangeKeepsWhatWasTypedAndASecondRecruitersPageSaysWhoTookTheLead() {
        String first = TestStaff.create(users, StaffRole.RECRUITER);
        String second = TestStaff.create(users, StaffRole.RECRUITER);
        String mine = new LeadSubmissions(context).submit(Outcome.LIKELY_ELIGIBLE, "zh", null);
        String contested = new LeadSubmissions(context).submit(Outcome.LIKELY_ELIGIBLE, "zh", null);
        try (Browser browser = new Browser(port, Browser.DESKTOP, "en-US");
                Browser other = new Browser(port, Browser.DESKTOP, "en-US")) {
            browser.signIn(first, TestStaff.PASSWORD);
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);

            // Closing without a reason is refused: the status, the three-line note and the other fields stay.
            browser.open("/staff/leads/" + mine);
            browser.await(By.id("attempt-reached")).click();
            wait.until(d -> d.findElement(By.id("lead-status")).getText().equals("Reached"));
            choose(browser, "new-status", "Not interested");
            String note = "Talked for ten minutes.\nHusband worried about the cost.\nWill call back after Spring Festival.";
            browser.await(By.cssSelector("#status-note textarea")).sendKeys(note);
            browser.await(By.id("change-status")).click();
            wait.until(d -> invalid(browser, "status-reason"));
            assertThat(browser.await(By.id("status-reason")).getText()).contains("Choose a reason for closing the lead.");
            assertThat(browser.script("return document.querySelector('#status-note textarea').value")).isEqualTo(note);
            assertThat(browser.await(By.id("new-status")).getText()).contains("Not interested");
            assertThat(browser.await(By.id("lead-status")).getText()).isEqualTo("Reached");

            // A callback in the past is refused on its field; one later today is planned.
            LocalDateTime past = LocalDateTime.now(ClockConfig.SITE_ZONE).minusHours(2);
            browser.await(By.cssSelector("#callback-at vaadin-date-picker input"))
                    .sendKeys(past.toLocalDate().toString(), Keys.ENTER);
            browser.await(By.cssSelector("#callback-at vaadin-time-picker input"))
                    .sendKeys(past.format(DateTimeFormatter.ofPattern("HH:mm")), Keys.ENTER);
            browser.await(By.cssSelector("#callback-purpose input")).sendKeys("Ask whether the family agreed");
            browser.await(By.id("callback-save")).click();
            wait.until(d -> invalid(browser, "callback-at"));
            assertThat(browser.script("return document.querySelector('#callback-purpose input').value"))
                    .isEqualTo("Ask whether the family agreed");
            // One tonight (Beijing time) is planned, and it is the first of "My calls today" on the dashboard.
            LocalDateTime tonight = LocalDate.now(ClockConfig.SITE_ZONE).atTime(23, 59);
            browser.await(By.cssSelector("#callback-at vaadin-date-picker input"))
                    .sendKeys(Keys.chord(Keys.CONTROL, "a"), tonight.toLocalDate().toString(), Keys.ENTER);
            browser.await(By.cssSelector("#callback-at vaadin-time-picker input"))
                    .sendKeys(Keys.chord(Keys.CONTROL, "a"), "23:59", Keys.ENTER);
            browser.await(By.id("callback-save")).click();
            wait.until(d -> d.findElement(By.id("callback-planned")).getText().contains("Ask whether the family agreed"));
            browser.open("/staff");
            String calls = browser.await(By.id("my-calls")).getText();
            assertThat(calls).startsWith("My calls today (Beijing time)").contains(mine, "Ask whether the family agreed",
                    tonight.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.US)));
            browser.screenshot("staff-my-calls-desktop");

            // The second recruiter takes the contested lead while the first has it open.
            browser.open("/staff/leads/" + contested);
            browser.await(By.cssSelector("#attempt-note textarea")).sendKeys("Calling now");
            other.signIn(second, TestStaff.PASSWORD);
            other.open("/staff/leads/" + contested);
            other.await(By.id("reveal-contact")).click();
            other.await(By.id("lead-phone"));
            browser.await(By.id("attempt-no-answer")).click();
            wait.until(d -> d.findElement(By.id("assigned-elsewhere")).getText().contains(second));
            assertThat(browser.driver().getPageSource()).contains("This lead is assigned to " + second + ".");
            browser.screenshot("staff-lead-taken-desktop");
            browser.open("/staff/leads/" + contested);
            assertThat(browser.await(By.id("assigned-elsewhere")).getText()).contains(contested, second)
                    .doesNotContain("Page not found");
        }
        assertThat(TestStaff.as("admin-check", StaffRole.ADMIN, () -> auditLog.forLead(contested)))
                .extracting(AuditEvent::getAction).doesNotContain("LEAD_ATTEMPT");
    }

    @Test
    void investigatorSeesDashboardAndQueueOnAPhoneInChinese() {
        demoLeads.ensure(50);
        String investigator = TestStaff.create(users, StaffRole.INVESTIGATOR);
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN")) {
            browser.signIn(investigator, TestStaff.PASSWORD);
            browser.open("/staff");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("研究工作人员");
            assertThat(browser.await(By.cssSelector(".dash-charts")).getText())
                    .contains("转化漏斗", "开始预筛", "完成预筛");
            assertThat(browser.driver().findElements(By.cssSelector("svg.chart"))).hasSize(4);
            assertThat(browser.script("""
                    return [...document.querySelectorAll('svg.chart')].every(s => {
                        const box = s.viewBox.baseVal, shown = s.getBoundingClientRect();
                        return box.width > 0 && Math.abs(shown.height / shown.width - box.height / box.width) < 0.01;
                    });""")).as("charts scale to the screen, whole").isEqualTo(true);
            assertNoSidewaysScroll(browser);
            browser.screenshot("staff-dashboard-zh-phone");
            browser.script("document.querySelectorAll('svg.chart')[1].scrollIntoView()");
            browser.screenshot("staff-dashboard-funnel-zh-phone");
            browser.open("/staff/leads");
            assertThat(browser.await(By.id("export-csv")).getText()).isEqualTo("导出 CSV");
            assertNoSidewaysScroll(browser);
            browser.screenshot("staff-queue-zh-phone");

            browser.await(By.cssSelector(".staff-logout")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> auditLog.byAction("LOGOUT").stream().anyMatch(e -> e.getActor().equals(investigator)));
            // sign-out lands on the public home page; only then ask for a staff page again
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> !d.getCurrentUrl().contains("/staff"));
            browser.open("/staff");
            browser.awaitUrlContains("/login");
        }
    }

    @Test
    void recruiterReadsTheAnswersOfALeadOnAPhoneInChinese() {
        demoLeads.ensure(50);
        String recruiter = TestStaff.create(users, StaffRole.RECRUITER);
        // a demo lead (DM-…), whose answers are known: other tests' leads come first in the queue's order
        String reference = TestStaff.as(recruiter, StaffRole.RECRUITER, () -> queue.page(
                new LeadFilter(Scope.STATUS, LeadStatus.NEW, null, Assignment.UNASSIGNED, false, "DM-"),
                List.of(), 0, 1)).getFirst().reference();
        try (Browser browser = new Browser(port, Browser.PHONE, "zh-CN")) {
            browser.signIn(recruiter, TestStaff.PASSWORD);
            browser.open("/staff/leads/" + reference);
            browser.await(By.id("reveal-contact"));
            browser.screenshot("staff-lead-zh-phone");
            browser.await(By.id("reveal-contact")).click();
            assertThat(browser.await(By.id("lead-phone")).getText()).matches("1\\d\\d \\d{4} \\d{4}");
            assertNoSidewaysScroll(browser);
            browser.screenshot("staff-lead-contact-zh-phone");
            // in the middle of the screen, as a person scrolls to it: a toast at the bottom covers the bottom row
            browser.click(browser.await(By.id("answers")));
            String answers = browser.await(By.cssSelector("#answers .lead-answers")).getText();
            assertThat(answers).startsWith("您是为自己填写，还是替家人填写？\n为自己填写")
                    .contains("体重\n52 公斤").contains("您是什么时候确诊的？\n2019-05")
                    .contains("以上都没有").doesNotContain("respondent").doesNotContain("FEMALE");
            assertNoSidewaysScroll(browser);
            browser.script("document.getElementById('answers').scrollIntoView()");
            browser.screenshot("staff-lead-answers-zh-phone");
        }
    }

    static void assertNoSidewaysScroll(Browser browser) {
        Object wide = browser.script("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className)
                    .slice(0, 5).join(' ');""");
        assertThat((Boolean) browser.script(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("wider than the screen: %s", wide).isTrue();
    }

    @Test
    void adminCreatesAUserAndFindsItInTheAuditTrail() {
        String admin = TestStaff.create(users, StaffRole.ADMIN);
        String newcomer = "nurse-" + System.nanoTime() % 100_000;
        String oneTime;
        try (Browser browser = new Browser(port, Browser.DESKTOP, "en-US")) {
            browser.signIn(admin, TestStaff.PASSWORD);
            browser.open("/staff/users");
            browser.await(By.cssSelector("#new-username input")).sendKeys(newcomer);
            browser.await(By.id("create-user")).click();
            oneTime = browser.await(By.cssSelector(".one-time-password")).getText();
            assertThat(oneTime).hasSizeGreaterThanOrEqualTo(20);
            browser.screenshot("staff-users-desktop");
            assertThat(users.mustChangePassword(newcomer)).isTrue();

            browser.open("/staff/audit");
            browser.await(By.cssSelector("vaadin-grid"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> (Boolean) browser.script(
                    "return document.querySelector('vaadin-grid').innerText.includes(arguments[0])",
                    "user=" + newcomer + " role=RECRUITER"));
            // days from tomorrow on: the record of today is no longer listed; a range backwards is refused
            LocalDate today = LocalDate.now(ClockConfig.SITE_ZONE);
            browser.await(By.cssSelector("#audit-from input")).sendKeys(today.plusDays(1).toString(), Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !(Boolean) browser.script(
                    "return document.querySelector('vaadin-grid').innerText.includes(arguments[0])",
                    "user=" + newcomer + " role=RECRUITER"));
            browser.await(By.cssSelector("#audit-to input")).sendKeys(today.toString(), Keys.ENTER);
            assertThat(browser.await(By.cssSelector("#audit-to [slot=error-message]")).getText())
                    .isEqualTo("\"To\" cannot be before \"From\".");
            browser.screenshot("staff-audit-desktop");

            // the mail outbox (notify feature) sits in the same staff frame
            browser.open("/staff/outbox");
            assertThat(browser.await(By.cssSelector(".staff-nav a[highlight]")).getText()).isEqualTo("Mail outbox");
            assertThat(browser.await(By.cssSelector(".staff-user")).getText()).isEqualTo(admin);
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Mail outbox");
            browser.screenshot("staff-outbox-desktop");
        }
        // The newcomer sees nothing but the password change until they have chosen their own password.
        try (Browser browser = new Browser(port, Browser.PHONE, "en-US")) {
            browser.signIn(newcomer, oneTime);
            browser.open("/staff/leads");
            assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo("Change password");
            browser.await(By.cssSelector("vaadin-password-field:nth-of-type(1) input")).sendKeys(oneTime);
            browser.await(By.cssSelector("vaadin-password-field:nth-of-type(2) input")).sendKeys("my-own-secret-42");
            browser.await(By.cssSelector("vaadin-password-field:nth-of-type(3) input")).sendKeys("my-own-secret-42");
            browser.await(By.id("save-password")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !users.mustChangePassword(newcomer));
            browser.open("/staff/leads");
            browser.await(By.id("lead-queue"));
        }
    }

    /** Whether the field with this id is marked invalid. */
    private static boolean invalid(Browser browser, String id) {
        return Boolean.TRUE.equals(browser.script("return document.getElementById(arguments[0]).invalid === true", id));
    }

    /** Opens a Vaadin select and picks the option with this label. */
    static void choose(Browser browser, String selectId, String label) {
        // opened again on each look: a click while the page re-rendered may have gone to a replaced element
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> (Boolean) browser.script("""
                const item = [...document.querySelectorAll('vaadin-select-item')]
                    .find(i => i.textContent.trim() === arguments[0] && i.getClientRects().length > 0);
                if (item) { item.click(); return true; }
                const select = document.getElementById(arguments[1]);
                if (select && !select.opened) { select.opened = true; }
                return false;""", label, selectId));
    }

    /** Replaces the queue's search text. */
    private static void search(Browser browser, String text) {
        browser.await(By.cssSelector("#filter-text input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    static long gridSize(Browser browser) {
        return ((Number) browser.script("return document.querySelector('#lead-queue').size || 0")).longValue();
    }
}
