package cn.whuh.portal.triage.ui;

import static cn.whuh.portal.triage.ui.StaffBrowserTest.assertNoSidewaysScroll;
import static cn.whuh.portal.triage.ui.StaffBrowserTest.choose;
import static cn.whuh.portal.triage.ui.StaffBrowserTest.gridSize;
import static org.assertj.core.api.Assertions.assertThat;

import cn.whuh.portal.base.config.ClockConfig;
import cn.whuh.portal.lead.LeadRepository;
import cn.whuh.portal.lead.TestLeads;
import cn.whuh.portal.staff.StaffRole;
import cn.whuh.portal.staff.StaffUsers;
import cn.whuh.portal.staff.TestStaff;
import cn.whuh.portal.support.Browser;
import cn.whuh.portal.triage.DemoLeads;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The queue as recruiters use it: filters in the address that survive opening a lead and Back, an empty result
 * that says so and clears, masked phones, columns that fit at 1440 px, cards at 390 px; an overdue callback marked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueueBrowserTest {

    static final Dimension WIDE = new Dimension(1440, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final String REFERENCE = "[A-Z]{2}-[A-Z0-9]{5,9}";

    @LocalServerPort
    int port;
    @Autowired
    StaffUsers users;
    @Autowired
    DemoLeads demoLeads;
    @Autowired
    LeadRepository leads;

    @Test
    void filtersLiveInTheAddressAndSurviveOpeningALeadAndBack() {
        demoLeads.ensure(50);
        String recruiter = TestStaff.create(users, StaffRole.RECRUITER);
        try (Browser browser = new Browser(port, WIDE, "en-US")) {
            browser.signIn(recruiter, TestStaff.PASSWORD);
            WebDriverWait wait = patient(browser);

            // A bookmarked address opens the queue with its filter.
            browser.open("/staff/leads?outcome=LIKELY_ELIGIBLE");
            wait.until(d -> gridSize(browser) > 0);
            assertThat(browser.await(By.id("filter-outcome")).getText()).contains("Likely eligible");
            String rows = browser.await(By.id("lead-queue")).getText();
            assertThat(rows).doesNotContain("Needs review");
            // Phones are masked for every role; the full number is only on the lead page after "Show".
            assertThat(rows).containsPattern("1\\d\\d \\*{4} \\d{4}").doesNotContainPattern("1\\d\\d \\d{4} \\d{4}")
                    .doesNotContain("+86");
            // At 1440 px no reference is cut and the next action is in view without scrolling the grid sideways.
            Object fit = browser.script("""
                    const grid = document.getElementById('lead-queue');
                    const cells = [...grid.querySelectorAll('vaadin-grid-cell-content')];
                    const refs = cells.filter(c => new RegExp('^' + arguments[0] + '$').test(c.textContent.trim()));
                    const next = cells.find(c => c.textContent.trim() === 'Next action');
                    const table = grid.shadowRoot.querySelector('#table');
                    return [refs.length > 0, refs.every(c => c.scrollWidth <= c.clientWidth),
                        next.getBoundingClientRect().right <= window.innerWidth,
                        table.scrollWidth <= table.clientWidth].join(' ');""", REFERENCE);
            browser.screenshot("staff-queue-1440-desktop");
            assertThat(fit).as("references shown, none cut, next action in view, no sideways scrolling")
                    .isEqualTo("true true true true");

            // Filters chosen on the page go into the address.
            choose(browser, "filter-due", "Due today or overdue");
            wait.until(d -> d.getCurrentUrl().contains("due=NOW"));
            assertThat(browser.driver().getCurrentUrl()).contains("outcome=LIKELY_ELIGIBLE");

            // Nothing found: the queue says so and offers to clear the filters.
            browser.await(By.cssSelector("#filter-text input")).sendKeys("nobody-here", Keys.TAB);
            assertThat(browser.await(By.id("queue-empty")).getText()).contains("No leads match these filters");
            wait.until(d -> d.getCurrentUrl().contains("text=nobody-here"));
            browser.screenshot("staff-queue-empty-desktop");
            browser.await(By.id("clear-filters")).click();
            wait.until(d -> !d.getCurrentUrl().contains("?"));
            wait.until(d -> gridSize(browser) > 0);

            // Open a lead from a filtered queue, then Back: the filter is still there, in the address and the fields.
            choose(browser, "filter-outcome", "Likely eligible");
            wait.until(d -> d.getCurrentUrl().endsWith("/staff/leads?outcome=LIKELY_ELIGIBLE"));
            openFirstLead(browser, wait);
            browser.driver().navigate().back();
            wait.until(d -> d.getCurrentUrl().endsWith("/staff/leads?outcome=LIKELY_ELIGIBLE"));
            wait.until(d -> d.findElement(By.id("filter-outcome")).getText().contains("Likely eligible"));
            wait.until(d -> gridSize(browser) > 0);
            assertThat(browser.await(By.id("lead-queue")).getText()).doesNotContain("Needs review");

            // "Back to the queue" on the lead page brings the same filter back.
            openFirstLead(browser, wait);
            browser.await(By.id("back-to-queue")).click();
            wait.until(d -> d.getCurrentUrl().endsWith("/staff/leads?outcome=LIKELY_ELIGIBLE"));
            wait.until(d -> d.findElement(By.id("filter-outcome")).getText().contains("Likely eligible"));
        }
    }

    @Test
    void onAPhoneTheQueueIsCardsWithTheFiltersFoldedAndNoSidewaysScrolling() {
        demoLeads.ensure(50);
        String investigator = TestStaff.create(users, StaffRole.INVESTIGATOR);
        try (Browser browser = new Browser(port, PHONE, "zh-CN")) {
            browser.signIn(investigator, TestStaff.PASSWORD);
            browser.open("/staff/leads");
            WebDriverWait wait = patient(browser);
            wait.until(d -> !d.findElements(By.cssSelector("[data-layout=cards] .queue-card")).isEmpty());
            String card = browser.await(By.cssSelector(".queue-card")).getText();
            assertThat(card).containsPattern(REFERENCE).containsAnyOf("可能符合", "需要核实", "不符合");
            assertThat(browser.await(By.id("lead-queue")).getText()).doesNotContainPattern("1\\d\\d \\d{4} \\d{4}");
            assertThat(browser.driver().findElement(By.id("queue-filters")).isDisplayed()).isFalse();
            assertNoSidewaysScroll(browser);
            browser.screenshot("staff-queue-cards-zh-phone");

            browser.await(By.id("filters-toggle")).click();
            wait.until(d -> d.findElement(By.id("queue-filters")).isDisplayed());
            assertNoSidewaysScroll(browser);
            browser.screenshot("staff-queue-filters-zh-phone");
        }
    }

    @Test
    void anOverdueCallbackIsMarkedOnTheLeadPageAndFirstInMyCalls() {
        String recruiter = TestStaff.create(users, StaffRole.RECRUITER);
        Instant now = Instant.now();
        String reference = TestLeads.save(leads, "OV-" + TestLeads.digits(7), "+86138" + TestLeads.digits(8),
                "Overdue Callback", now.minus(Duration.ofDays(2)), lead -> lead.scheduleCallback(recruiter,
                        LocalDateTime.now(ClockConfig.SITE_ZONE).minusHours(3), "Ask about the blood tests",
                        recruiter, now.minus(Duration.ofDays(1))));
        try (Browser browser = new Browser(port, WIDE, "en-US")) {
            browser.signIn(recruiter, TestStaff.PASSWORD);
            browser.open("/staff");
            assertThat(browser.await(By.cssSelector("#my-calls li")).getText()).startsWith("Overdue:")
                    .contains(reference, "Ask about the blood tests");
            browser.open("/staff/leads/" + reference);
            assertThat(browser.await(By.id("callback-overdue")).getText()).isEqualTo("Overdue");
            assertThat(browser.await(By.id("callback-planned")).getText()).contains("Ask about the blood tests");
        }
    }

    /** A wait of 20 s that looks again when Vaadin replaced an element meanwhile. */
    private static WebDriverWait patient(Browser browser) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static void openFirstLead(Browser browser, WebDriverWait wait) {
        String reference = (String) browser.script("""
                const cell = [...document.querySelectorAll('#lead-queue vaadin-grid-cell-content')]
                    .find(c => new RegExp('^' + arguments[0] + '$').test(c.textContent.trim()));
                cell.click();
                return cell.textContent.trim();""", REFERENCE);
        wait.until(d -> d.getCurrentUrl().endsWith("/staff/leads/" + reference));
        assertThat(browser.await(By.tagName("h1")).getText()).isEqualTo(reference);
    }
}
